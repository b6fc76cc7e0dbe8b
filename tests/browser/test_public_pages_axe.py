"""axe-core (WCAG 2.1 A/AA) on every public page, at desktop width and at 320 px."""

import pytest

from samenspraak.methods.services import sync_catalogue
from tests.browser.conftest import assert_accessible, assert_error_page, assert_fits
from tests.factories import InstrumentFactory, MunicipalityFactory, TrajectFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = [
    "/",
    "/toegankelijkheid/",
    "/privacy/",
    "/inloggen/",
    "/wachtwoord-vergeten/",
    "/gemeente/lindewaard/",
    "/methoden/",
    "/methoden/?phases=ophalen&q=verhaal",
    "/methoden/storytelling/",
    "/methoden/persona/",
    "/methoden/klantreis/",
    "/methoden/keuzehulp/",
    "/methoden/keuzehulp/?phases=ophalen&target_groups=lvb&channel=fysiek",
    "/methoden/keuzehulp/?goal=waar+lopen+cli%C3%ABnten+vast&depths=verdiepend",
    "/bestaat-niet/",
]


@pytest.fixture
def content(db):
    municipality = MunicipalityFactory(name="Lindewaard", slug="lindewaard")
    sync_catalogue()  # the real catalogue: long texts, variants, examples
    return InstrumentFactory(traject=TrajectFactory(municipality=municipality))


@pytest.mark.parametrize("path", PAGES)
def test_public_page_has_no_axe_violations(page, phone, content, path):
    for view in (page, phone):
        view.goto(path)
        assert view.locator("html").get_attribute("lang") == "nl"
        assert view.locator("h1").count() == 1
        assert_accessible(view)
    assert_fits(phone)


def test_login_error_state_is_accessible(phone, content):
    phone.goto("/inloggen/")
    phone.click("button[type=submit]:has-text('Inloggen')")
    assert_error_page(phone)
    assert_accessible(phone)
    assert_fits(phone)
