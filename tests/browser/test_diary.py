"""A participant writes in their diary on a 320 px phone with only the keyboard; axe throughout."""

import pytest

from samenspraak.diaries import services
from samenspraak.diaries.models import Entry
from tests.browser.conftest import assert_accessible, assert_error_page, assert_fits
from tests.browser.test_answering_flow import tab_to
from tests.factories import MunicipalityFactory, TrajectFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def token(db):
    municipality = MunicipalityFactory(name="Lindewaard", slug="lindewaard")
    diary = services.create_diary(
        traject=TrajectFactory(municipality=municipality),
        title="Mijn week met hulp",
        intro="Schrijf elke dag een paar zinnen.",
        days=7,
        prompts=["Wat ging goed?"],
    )
    services.set_status(diary=diary, status="open")
    return services.add_participant(diary=diary)[1]


def check(phone):
    assert phone.locator("h1").count() == 1
    assert_accessible(phone)
    assert_fits(phone)


def test_write_by_keyboard_on_a_phone(phone, token):
    phone.goto(f"/dagboek/{token}/")
    check(phone)
    tab_to(phone, "button[name=schrijven]")
    with phone.expect_navigation():
        phone.keyboard.press("Enter")
    assert_error_page(phone)
    check(phone)
    tab_to(phone, "input[name=mood]")
    phone.keyboard.press("ArrowDown")
    phone.keyboard.press("Space")
    tab_to(phone, "#id_text")
    phone.keyboard.type("Vandaag belde het wijkteam terug.")
    tab_to(phone, "button[name=schrijven]")
    with phone.expect_navigation():
        phone.keyboard.press("Enter")
    check(phone)
    entry = Entry.objects.get()
    assert (entry.mood, entry.text) == (2, "Vandaag belde het wijkteam terug.")
