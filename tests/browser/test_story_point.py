"""A resident tells a story on a 320 px phone with only the keyboard; axe on every page."""

import pytest

from samenspraak.stories import services
from samenspraak.stories.models import Story
from tests.browser.conftest import assert_accessible, assert_error_page, assert_fits
from tests.browser.test_answering_flow import tab_to
from tests.factories import MunicipalityFactory, StoryPointFactory, TrajectFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def point(db):
    municipality = MunicipalityFactory(name="Lindewaard", slug="lindewaard")
    point = StoryPointFactory(traject=TrajectFactory(municipality=municipality))
    shown = services.submit_story(
        story_point=point, draft={"title": "Snel", "text": "Ik had snel hulp."}, consent_public=True
    )
    services.moderate(story=shown, decision="goedgekeurd", masked_text="Ik had snel hulp.")
    return point


def check(phone):
    assert phone.locator("h1").count() == 1
    assert_accessible(phone)
    assert_fits(phone)


def test_tell_a_story_by_keyboard_on_a_phone(phone, point):
    phone.goto(f"/vertel/{point.public_code}/")
    check(phone)
    assert "Ik had snel hulp." in phone.content()
    tab_to(phone, "main a.utrecht-button-link")
    phone.keyboard.press("Enter")

    phone.wait_for_url("**/verhaal/")
    check(phone)
    tab_to(phone, "main button[type=submit]")
    with phone.expect_navigation():
        phone.keyboard.press("Enter")
    assert_error_page(phone)
    check(phone)  # the error state
    tab_to(phone, "#id_text")
    phone.keyboard.type("Ik belde drie keer voordat ik iemand sprak.")
    tab_to(phone, "main button[type=submit]")
    phone.keyboard.press("Enter")

    phone.wait_for_url("**/vragen/")
    check(phone)
    tab_to(phone, "input[name=feeling]")
    phone.keyboard.press("ArrowDown")  # the second: Slecht
    phone.keyboard.press("Space")
    tab_to(phone, "button[name=volgende]")
    phone.keyboard.press("Enter")

    phone.wait_for_url("**/controleren/")
    check(phone)
    tab_to(phone, "#id_consent_public")
    phone.keyboard.press("Space")
    tab_to(phone, "main form button[type=submit]")
    phone.keyboard.press("Enter")
    phone.wait_for_url("**/bedankt/")
    check(phone)
    story = Story.objects.get(status="wacht")
    assert story.text == "Ik belde drie keer voordat ik iemand sprak."
    assert (story.feeling, story.consent_public) == (2, True)


def test_closed_story_point_page_is_accessible(phone, point):
    point.status = "gesloten"
    point.save()
    phone.goto(f"/vertel/{point.public_code}/")
    check(phone)
