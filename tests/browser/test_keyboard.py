"""Only the keyboard: skip link, login, and the error summary's links."""

import re

import pytest

from samenspraak.organisations.roles import Role
from tests.browser.conftest import assert_error_page
from tests.factories import PASSWORD, MembershipFactory, MunicipalityFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(page):
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Naar de inhoud"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"


def test_log_in_with_only_the_keyboard(page):
    municipality = MunicipalityFactory(name="Lindewaard", slug="lindewaard")
    membership = MembershipFactory(municipality=municipality, role=Role.BEHEERDER)
    page.goto("/inloggen/")
    page.keyboard.press("Tab")  # skip link
    page.keyboard.press("Enter")  # to the content
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "id_username":
            break
    page.keyboard.type(membership.user.email)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_password"
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*/werkruimte/lindewaard/(#inhoud)?$"))
    assert "Overzicht Lindewaard" in page.locator("h1").inner_text()


def test_error_summary_links_move_focus_to_the_field(page):
    page.goto("/inloggen/")
    page.locator("button[type=submit]:has-text('Inloggen')").press("Enter")
    assert_error_page(page)
    link = page.locator("#foutmeldingen a").first
    link.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "id_username"
