"""A client goes through a journey on a 320 px phone with only the keyboard; axe on every page."""

import pytest

from samenspraak.journeys.models import JourneyEntry
from tests.browser.conftest import assert_accessible, assert_error_page, assert_fits
from tests.browser.test_answering_flow import tab_to
from tests.factories import JourneyFactory, MunicipalityFactory, TrajectFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def journey(db):
    municipality = MunicipalityFactory(name="Lindewaard", slug="lindewaard")
    return JourneyFactory(traject=TrajectFactory(municipality=municipality))


def check(phone):
    assert phone.locator("h1").count() == 1
    assert_accessible(phone)
    assert_fits(phone)


def test_journey_by_keyboard_on_a_phone(phone, journey):
    phone.goto(f"/klantreis/{journey.public_code}/")
    check(phone)
    tab_to(phone, "main a.utrecht-button-link")
    phone.keyboard.press("Enter")

    phone.wait_for_url("**/stap/1/")
    check(phone)
    tab_to(phone, "button[name=volgende]")
    with phone.expect_navigation():
        phone.keyboard.press("Enter")
    assert_error_page(phone)
    check(phone)  # the error state
    tab_to(phone, "input[name=score]")
    phone.keyboard.press("Space")  # the first: Heel slecht (-2)
    tab_to(phone, "button[name=volgende]")
    phone.keyboard.press("Enter")

    phone.wait_for_url("**/stap/2/")
    check(phone)
    tab_to(phone, "input[name=score]")
    for _ in range(4):
        phone.keyboard.press("ArrowDown")  # to the last: Heel goed (+2)
    phone.keyboard.press("Space")
    tab_to(phone, "button[name=volgende]")
    phone.keyboard.press("Enter")

    phone.wait_for_url("**/stap/3/")
    tab_to(phone, "input[name=skipped]")
    phone.keyboard.press("Space")
    tab_to(phone, "button[name=volgende]")
    phone.keyboard.press("Enter")

    phone.wait_for_url("**/controleren/")
    check(phone)
    tab_to(phone, "main form button[type=submit]")
    phone.keyboard.press("Enter")
    phone.wait_for_url("**/bedankt/")
    check(phone)
    entry = JourneyEntry.objects.get()
    assert [(p.phase_key, p.score) for p in entry.phases.all()] == [
        ("zoeken", -2),
        ("gesprek", 2),
    ]


def test_closed_journey_page_is_accessible(phone, journey):
    journey.status = "gesloten"
    journey.save()
    phone.goto(f"/klantreis/{journey.public_code}/")
    check(phone)
