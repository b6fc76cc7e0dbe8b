"""Masks are stored beside the original, and an analyst's correction is kept."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from samenspraak.insights.models import MaskState
from samenspraak.privacy import services
from samenspraak.privacy.selectors import readable_text
from tests.factories import ContributionFactory, StoryPointFactory, UserFactory

pytestmark = pytest.mark.django_db


def pending(**kwargs):
    return ContributionFactory(mask_state=MaskState.PENDING, masked_text="", **kwargs)


def test_mask_pending_masks_and_keeps_the_original():
    contribution = pending(text="Ik ben Petra de Graaf, bel me op 06-12345678.")
    assert services.mask_pending() == 1
    contribution.refresh_from_db()
    assert contribution.text == "Ik ben Petra de Graaf, bel me op 06-12345678."
    assert contribution.masked_text == "Ik ben [naam], bel me op [telefoon]."
    assert contribution.mask_state == MaskState.AUTOMATIC
    assert {span["kind"] for span in contribution.mask_spans} == {"naam", "telefoon"}


def test_mask_pending_only_touches_the_given_municipality():
    mine, other = pending(), pending()
    services.mask_pending(municipality=mine.municipality)
    other.refresh_from_db()
    assert other.mask_state == MaskState.PENDING


def test_correction_is_reviewed_and_never_overwritten():
    contribution = pending(text="Jan Smit van de Dorpsstraat 4 wacht al weken.")
    services.mask_pending()
    contribution.refresh_from_db()
    analyst = UserFactory()
    services.correct_mask(
        contribution=contribution, masked_text="Een inwoner wacht al weken.", user=analyst
    )
    services.mask_pending()
    contribution.refresh_from_db()
    assert contribution.masked_text == "Een inwoner wacht al weken."
    assert contribution.mask_state == MaskState.REVIEWED
    assert contribution.mask_reviewed_by == analyst


def test_correction_may_not_bring_back_what_was_masked():
    contribution = pending(text="Jan Smit wacht al weken.")
    services.mask_pending()
    contribution.refresh_from_db()
    with pytest.raises(ValidationError) as error:
        services.correct_mask(
            contribution=contribution, masked_text="Jan Smit wacht al weken.", user=UserFactory()
        )
    assert "Jan Smit" in str(error.value)
    contribution.refresh_from_db()
    assert contribution.mask_state == MaskState.AUTOMATIC


def test_readable_text_depends_on_the_role_and_the_mask():
    contribution = pending(text="Jan Smit wacht al weken.")
    assert readable_text(contribution, raw=True) == "Jan Smit wacht al weken."
    assert "Jan Smit" not in readable_text(contribution, raw=False)
    services.mask_pending()
    contribution.refresh_from_db()
    assert readable_text(contribution, raw=False) == "[naam] wacht al weken."


def test_waiting_story_gets_a_suggested_mask():
    point = StoryPointFactory()
    story = point.stories.create(
        text="Mijn buurman Kees Bakker hielp me met het formulier.",
        status="wacht",
        submitted_on=datetime.date.today(),
    )
    services.mask_pending()
    story.refresh_from_db()
    assert story.suggested_text == "Mijn buurman [naam] hielp me met het formulier."
