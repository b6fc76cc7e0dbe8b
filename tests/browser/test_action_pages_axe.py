"""axe-core on the improvement-action pages, the error state included, and a phone width."""

import pytest
from playwright.sync_api import expect

from samenspraak.actions import services
from samenspraak.insights.findings import save_finding
from samenspraak.organisations.roles import Role
from tests.browser.conftest import assert_accessible, assert_fits, login
from tests.factories import PASSWORD, MembershipFactory, MunicipalityFactory, TrajectFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def action(db):
    municipality = MunicipalityFactory(name="Lindewaard", slug="lindewaard")
    membership = MembershipFactory(municipality=municipality, role=Role.BEHEERDER)
    traject = TrajectFactory(municipality=municipality, title="Vindbare toegang")
    finding = save_finding(traject=traject, statement="Niemand neemt op.")
    save_finding(traject=traject, statement="Brieven zijn moeilijk.")
    action = services.save_action(
        traject=traject,
        user=membership.user,
        title="Eén telefoonnummer",
        description="Wie belt, krijgt één nummer.",
        owner="Klantcontactcentrum",
        findings=[finding],
    )
    services.add_comment(
        action=action, author=None, kind="advies", text="Positief.", on=action.created_at.date()
    )
    return membership, traject, action


def test_action_pages_have_no_axe_violations(page, phone, action):
    membership, traject, item = action
    login(page, membership.user.email, PASSWORD)
    base = f"/werkruimte/lindewaard/trajecten/{traject.pk}/acties/"
    goals = f"/werkruimte/lindewaard/trajecten/{traject.pk}/doelen/"
    paths = (base, base + "nieuw/", base + f"{item.pk}/", base + f"{item.pk}/bewerken/", goals)
    for path in paths:
        page.goto(path)
        assert_accessible(page)
    page.goto(base + f"{item.pk}/")
    page.select_option("#id_to_status", "niet_overgenomen")
    page.click("button:has-text('Status opslaan')")
    expect(page.locator(".ss-error-summary")).to_be_visible()
    assert_accessible(page)
    login(phone, membership.user.email, PASSWORD)
    phone.goto(base + f"{item.pk}/")
    assert_fits(phone)
