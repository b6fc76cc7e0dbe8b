"""A resident answers a questionnaire on a 320 px phone with only the keyboard; axe everywhere."""

import pytest

from samenspraak.instruments import services as instrument_services
from samenspraak.responses.models import Response
from tests.browser.conftest import assert_accessible, assert_error_page, assert_fits
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
    assert_error_page(phone)
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


@pytest.fixture
def toegangsscan(db):
    municipality = MunicipalityFactory(name="Lindewaard", slug="lindewaard")
    instrument = instrument_services.create_questionnaire(
        traject=TrajectFactory(municipality=municipality),
        template_key="toegangsscan",
        title="",
        user=None,
    )
    return instrument_services.publish(
        instrument=instrument, opens_on=None, closes_on=None, access="open"
    )


def test_the_toegangsscan_by_keyboard_on_a_phone(phone, toegangsscan):
    """The shipped template, page by page: every choice with Space, text typed, Enter to go on."""
    phone.goto(f"/doe-mee/{toegangsscan.public_code}/")
    check(phone)
    tab_to(phone, "main button[type=submit]")
    phone.keyboard.press("Enter")
    phone.wait_for_url("**/vraag/1/")
    for _page in range(12):
        if "/controleren/" in phone.url:
            break
        check(phone)
        groups = phone.evaluate(
            "[...new Set([...document.querySelectorAll('main input[type=radio]')]"
            ".map(e => e.name))]"
        )
        for name in groups:
            tab_to(phone, f"input[name={name!r}]")
            phone.keyboard.press("Space")
        if phone.locator("textarea[name=beter]").count():
            tab_to(phone, "textarea[name=beter]")
            phone.keyboard.type("Eerder een eerste gesprek.")
        tab_to(phone, "button[value=volgende]")
        with phone.expect_navigation():
            phone.keyboard.press("Enter")
    check(phone)
    tab_to(phone, "main form button[type=submit]")
    phone.keyboard.press("Enter")
    phone.wait_for_url("**/bedankt/")
    check(phone)
    response = Response.objects.get()
    assert response.status == "compleet"
    assert response.answers.get(question_key="beter").value == "Eerder een eerste gesprek."
