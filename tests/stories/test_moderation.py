"""A story is used only after a person read it; the pool follows every decision."""

import pytest
from django.core.exceptions import ValidationError

from samenspraak.insights.models import Contribution
from samenspraak.stories import services
from samenspraak.stories.models import Story
from samenspraak.stories.selectors import public_stories
from tests.factories import StoryPointFactory, TrajectFactory

DRAFT = {
    "title": "Lang wachten",
    "text": "Ik belde in maart. Mevrouw De Vries van het wijkteam belde pas in mei terug.",
    "role": "Mantelzorger",
    "feeling": 2,
    "topics": ["Wachten", "Verzonnen onderwerp"],
    "wish_for_others": "nee",
    "msc": "Nu weet ik wie ik moet bellen.",
}


@pytest.fixture
def point(municipality):
    return StoryPointFactory(traject=TrajectFactory(municipality=municipality))


@pytest.mark.django_db
def test_a_told_story_waits_and_is_not_in_the_pool(point):
    story = services.submit_story(story_point=point, draft=DRAFT, consent_public=True)
    assert story.status == Story.Status.WAITING
    assert story.topics == ["Wachten"]  # only topics the story point offers
    assert story.feeling == 2
    assert not Contribution.objects.exists()
    assert list(public_stories(point)) == []


@pytest.mark.django_db
def test_closed_or_draft_story_points_take_nothing(point):
    for status in ("concept", "gesloten"):
        point.status = status
        with pytest.raises(services.ClosedError):
            services.submit_story(story_point=point, draft=DRAFT, consent_public=False)
    assert not Story.objects.exists()


@pytest.mark.django_db
def test_an_empty_story_is_refused(point):
    with pytest.raises(ValidationError):
        services.submit_story(story_point=point, draft={"text": "   "}, consent_public=False)
    assert not Story.objects.exists()


@pytest.mark.django_db
def test_approval_puts_the_masked_story_in_the_pool_and_on_the_page(point):
    story = services.submit_story(story_point=point, draft=DRAFT, consent_public=True)
    masked = "Ik belde in maart. [naam] van het wijkteam belde pas in mei terug."
    services.moderate(
        story=story, decision="goedgekeurd", masked_text=masked, masked_msc=DRAFT["msc"]
    )
    texts = dict(Contribution.objects.values_list("question_key", "text"))
    assert texts == {"verhaal": masked, "msc": DRAFT["msc"]}
    contribution = Contribution.objects.get(question_key="verhaal")
    assert (contribution.source_type, contribution.respondent_group) == ("verhaal", "Mantelzorger")
    assert contribution.consent_public is True
    assert contribution.traject == point.traject
    assert [s.masked_text for s in public_stories(point)] == [masked]
    assert "De Vries" not in "".join(s.masked_text for s in public_stories(point))


@pytest.mark.django_db
def test_no_consent_means_internal_only(point):
    story = services.submit_story(story_point=point, draft=DRAFT, consent_public=False)
    with pytest.raises(ValidationError) as error:
        services.moderate(story=story, decision="goedgekeurd", masked_text="Tekst")
    assert "decision" in error.value.message_dict
    services.moderate(story=story, decision="intern", masked_text="Tekst")
    assert Contribution.objects.get(question_key="verhaal").consent_public is False
    assert list(public_stories(point)) == []


@pytest.mark.django_db
def test_rejecting_needs_a_reason_and_takes_the_story_out(point):
    story = services.submit_story(story_point=point, draft=DRAFT, consent_public=True)
    services.moderate(story=story, decision="goedgekeurd", masked_text="Tekst", masked_msc="M")
    with pytest.raises(ValidationError) as error:
        services.moderate(story=story, decision="afgewezen", masked_text="")
    assert "reason" in error.value.message_dict
    assert Contribution.objects.count() == 2
    services.moderate(story=story, decision="afgewezen", masked_text="", reason="Reclame")
    story.refresh_from_db()
    assert not Contribution.objects.exists()
    assert (story.status, story.reject_reason, story.masked_text) == ("afgewezen", "Reclame", "")
    assert list(public_stories(point)) == []


@pytest.mark.django_db
def test_a_used_story_needs_its_masked_text(point):
    story = services.submit_story(story_point=point, draft=DRAFT, consent_public=True)
    with pytest.raises(ValidationError) as error:
        services.moderate(story=story, decision="intern", masked_text="  ")
    assert "masked_text" in error.value.message_dict
    assert not Contribution.objects.exists()
