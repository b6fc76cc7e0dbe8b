"""axe-core on every persona page: the list, a new persona (and its error state), the persona
with its curve and comparison, editing, recording a route (and its error state), and a phone
width."""

import pytest
from playwright.sync_api import expect

from samenspraak.organisations.roles import Role
from samenspraak.regions.models import SharingLevel
from samenspraak.regions.roles import RegionRole
from tests.browser.conftest import assert_accessible, assert_error_page, assert_fits, login
from tests.factories import (
    PASSWORD,
    ContributionFactory,
    MembershipFactory,
    MunicipalityFactory,
    RegionFactory,
    RegionMembershipFactory,
    TrajectFactory,
    TrajectSharingFactory,
)
from tests.personas.factories import journey, make_persona, record

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BASE = "/regio/waterland-zuid/personas/"


@pytest.fixture
def persona_space(db):
    region = RegionFactory(name="Regio Waterland-Zuid", slug="waterland-zuid")
    lindewaard = MunicipalityFactory(name="Lindewaard", slug="lindewaard", region=region)
    oosterbeemd = MunicipalityFactory(name="Oosterbeemd", slug="oosterbeemd", region=region)
    coordinator = RegionMembershipFactory(region=region, role=RegionRole.COORDINATOR)
    staff = MembershipFactory(municipality=lindewaard, role=Role.MEDEWERKER)
    other = MembershipFactory(municipality=oosterbeemd, role=Role.MEDEWERKER)
    traject = TrajectFactory(municipality=lindewaard, title="Vindbare toegang")
    TrajectSharingFactory(traject=traject, level=SharingLevel.CITATEN)
    quote = ContributionFactory(
        traject=traject, text="Ik wist niet waar ik moest zijn.", consent_public=True
    )
    persona = make_persona(
        region,
        name="Kevin",
        made_with_group=True,
        group="mensen met een licht verstandelijke beperking",
        journey=journey(-2, -1, 0, 1, None, 2, 1),
        quotes=[quote],
    )
    record(persona, lindewaard, staff.user)
    record(persona, oosterbeemd, other.user)
    return coordinator, staff, persona


def test_persona_pages_have_no_axe_violations(page, phone, persona_space):
    coordinator, _staff, persona = persona_space
    login(page, coordinator.user.email, PASSWORD)
    for path in (BASE, f"{BASE}{persona.pk}/", f"{BASE}{persona.pk}/bewerken/"):
        page.goto(path)
        assert_accessible(page)
    page.goto(f"{BASE}nieuw/")
    assert_accessible(page)
    page.check("#id_made_with_group")
    page.click("form[method=post] button[type=submit].utrecht-button--primary-action")
    assert_error_page(page)  # no name, no group…: the error state
    expect(page.locator(".ss-error-summary")).to_be_visible()
    assert_accessible(page)
    login(phone, coordinator.user.email, PASSWORD)
    phone.goto(f"{BASE}{persona.pk}/")
    assert_fits(phone)


def test_route_form_has_no_axe_violations(page, persona_space):
    _coordinator, staff, persona = persona_space
    login(page, staff.user.email, PASSWORD)
    page.goto(f"{BASE}{persona.pk}/route/")
    assert_accessible(page)
    page.fill("#id_what_happens_besluit", "")
    page.fill("#id_waiting_days_gesprek", "9999")
    page.click("form[method=post] button[type=submit].utrecht-button--primary-action")
    assert_error_page(page)
    expect(page.locator(".ss-error-summary")).to_be_visible()
    assert_accessible(page)
