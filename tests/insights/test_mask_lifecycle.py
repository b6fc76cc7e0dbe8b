"""Changed wording never keeps an old mask: it waits for masking again, or is the reviewed one."""

import datetime

import pytest

from samenspraak.insights.models import MaskState
from samenspraak.meetings.services import add_item, update_item
from samenspraak.stories import services as story_services
from tests.factories import MeetingSessionFactory, StoryPointFactory

pytestmark = pytest.mark.django_db


def test_edited_meeting_item_waits_for_masking_again():
    item = add_item(session=MeetingSessionFactory(), kind="citaat", text="Ik wachtte lang.")
    contribution = item.contribution
    contribution.masked_text, contribution.mask_state = "Ik wachtte lang.", MaskState.AUTOMATIC
    contribution.save()
    update_item(item=item, kind="citaat", text="Ik wachtte lang op Jan Smit.")
    contribution.refresh_from_db()
    assert contribution.text == "Ik wachtte lang op Jan Smit."
    assert (contribution.masked_text, contribution.mask_state) == ("", MaskState.PENDING)


def test_moderated_story_text_is_the_reviewed_mask():
    point = StoryPointFactory()
    story = point.stories.create(
        text="Jan Smit hielp mij.", status="wacht", submitted_on=datetime.date.today()
    )
    story_services.moderate(story=story, decision="intern", masked_text="[naam] hielp mij.")
    story.refresh_from_db()
    contribution = story.contribution
    assert contribution.text == contribution.masked_text == "[naam] hielp mij."
    assert contribution.mask_state == MaskState.REVIEWED
