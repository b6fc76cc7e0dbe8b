"""axe-core on the region space: the region page, a shared traject, the members page and the
sharing form, each error state included, and a phone width."""

import pytest

from samenspraak.organisations.roles import Role
from samenspraak.regions.models import SharingLevel
from samenspraak.regions.roles import RegionRole
from tests.browser.conftest import assert_accessible, assert_fits, login
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

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def region_space(db):
    region = RegionFactory(name="Regio Waterland-Zuid", slug="waterland-zuid")
    lindewaard = MunicipalityFactory(name="Lindewaard", slug="lindewaard", region=region)
    MunicipalityFactory(name="Oosterbeemd", slug="oosterbeemd", region=region)
    coordinator = RegionMembershipFactory(region=region, role=RegionRole.COORDINATOR)
    RegionMembershipFactory(region=region, role=RegionRole.LEZER)
    beheerder = MembershipFactory(municipality=lindewaard, role=Role.BEHEERDER)
    traject = TrajectFactory(municipality=lindewaard, title="Vindbare toegang")
    TrajectSharingFactory(traject=traject, level=SharingLevel.CITATEN)
    ContributionFactory(
        traject=traject, text="Ik wist niet waar ik moest zijn.", consent_public=True
    )
    return coordinator, beheerder, traject


def test_region_pages_have_no_axe_violations(page, phone, region_space):
    coordinator, _beheerder, traject = region_space
    login(page, coordinator.user.email, PASSWORD)
    for path in (
        "/regio/waterland-zuid/",
        f"/regio/waterland-zuid/trajecten/{traject.pk}/",
        "/regio/waterland-zuid/leden/",
    ):
        page.goto(path)
        assert_accessible(page)
    page.fill("#id_email", "niemand@example.org")
    page.check("input[name=role][value=lezer]")
    page.click("form.ss-narrow button[type=submit]")
    assert page.locator(".ss-error-summary").is_visible()
    assert_accessible(page)
    login(phone, coordinator.user.email, PASSWORD)
    phone.goto("/regio/waterland-zuid/")
    assert_fits(phone)


def test_sharing_form_has_no_axe_violations(page, region_space):
    _coordinator, beheerder, traject = region_space
    login(page, beheerder.user.email, PASSWORD)
    url = f"/werkruimte/lindewaard/trajecten/{traject.pk}/delen-met-regio/"
    page.goto(url)
    assert_accessible(page)
    # No choice at all: the form says so, with the error summary.
    page.evaluate("document.querySelectorAll('input[name=level]').forEach(i => i.checked = false)")
    page.click("form[method=post] button[type=submit].utrecht-button--primary-action")
    assert page.locator(".ss-error-summary").is_visible()
    assert_accessible(page)


def test_innovatiespiraal_pages_have_no_axe_violations(page, phone, region_space):
    from samenspraak.regions import innovation

    coordinator, _beheerder, _traject = region_space
    item = innovation.save_innovation(
        region=coordinator.region, title="Vanzelfsprekend doorverwijzen", user=None
    )
    login(page, coordinator.user.email, PASSWORD)
    base = "/regio/waterland-zuid/innovatiespiraal/"
    page.goto(base)
    assert_accessible(page)
    page.click("form.ss-narrow button[type=submit]")  # no title: the error state
    assert page.locator(".ss-error-summary").is_visible()
    assert_accessible(page)
    page.goto(f"{base}{item.pk}/fasen/1/")
    page.fill("#id_what_happened", "Een eerste gesprek met toegangsmedewerkers.")
    page.click("form.ss-narrow button[type=submit]")  # no date, no roles: errors
    assert page.title().startswith("Fout:")
    assert_accessible(page)
    page.fill("#id_happened_on", "2027-02-01")
    page.check("input[name=participants][value=toegang]")
    page.click("form.ss-narrow button[type=submit]")
    page.wait_for_url(f"**{base}{item.pk}/")
    assert_accessible(page)
    login(phone, coordinator.user.email, PASSWORD)
    phone.goto(f"{base}{item.pk}/")
    assert_fits(phone)
