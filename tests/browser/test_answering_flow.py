"""A resident answers a questionnaire on a 320 px phone with only the keyboard; axe everywhere."""

import pytest

from samenspraak.responses.models import Response
from tests.browser.conftest import assert_accessible, assert_fits
from tests.factories import InstrumentFactory, MunicipalityFactory, TrajectFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def instrument(db):
    municipality = MunicipalityFactory(name="Lindewaard", slug="lindewaard")
    return InstrumentFactory(traject=TrajectFactory(municipality=municipality))


def check(phone):
    assert phone.locator("h1").count() == 1
    assert_accessible(phone)
    assert_fits(phone)


def tab_to(phone, selector, limit=40):
    for _ in range(limit):
        phone.keyboard.press("Tab")
        if phone.evaluate(f"document.activeElement.matches({selector!r})"):
            return
    raise AssertionError(f"could not reach {selector} with Tab")


def test_whole_questionnaire_by_keyboard_on_a_phone(phone, instrument):
    base = f"/doe-mee/{instrument.public_code}/"
    phone.goto(base)
    check(phone)
    tab_to(phone, "main button[type=submit]")
    phone.keyboard.press("Enter")

    phone.wait_for_url("**/vraag/1/")
    check(phone)
    tab_to(phone, "input[name=contact]")
    phone.keyboard.press("Space")  # first option: Ja
    tab_to(phone, "button[value=volgende]")
    phone.keyboard.press("Enter")

    phone.wait_for_url("**/vraag/2/")
    tab_to(phone, "#wachten-input")
    phone.keyboard.type("veel")
    with phone.expect_navigation():
        phone.keyboard.press("Enter")
    assert phone.title().startswith("Fout:")
    check(phone)  # the error state too
    tab_to(phone, "#wachten-input")
    phone.keyboard.press("Control+A")
    phone.keyboard.type("9")
    with phone.expect_navigation():
        phone.keyboard.press("Enter")

    phone.wait_for_url("**/vraag/3/")
    check(phone)
    for name in ("serieus", "snel"):
        tab_to(phone, f"input[name={name}]")
        phone.keyboard.press("ArrowDown")  # from the first to the second option
        phone.keyboard.press("Space")
    tab_to(phone, "button[value=volgende]")
    phone.keyboard.press("Enter")

    phone.wait_for_url("**/vraag/4/")
    check(phone)
    tab_to(phone, "button[value=volgende]")
    phone.keyboard.press("Enter")

    phone.wait_for_url("**/vraag/5/")
    check(phone)
    tab_to(phone, "textarea")
    phone.keyboard.type("Sneller terugbellen.")
    tab_to(phone, "button[value=volgende]")
    phone.keyboard.press("Enter")

    phone.wait_for_url("**/controleren/")
    check(phone)
    tab_to(phone, "main form button[type=submit]")
    phone.keyboard.press("Enter")
    phone.wait_for_url("**/bedankt/")
    check(phone)
    assert Response.objects.get().status == "compleet"
