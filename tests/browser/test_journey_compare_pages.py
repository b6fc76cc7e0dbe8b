"""axe-core on the region's klantreis comparison: with letters, with names, with nothing to
compare yet, and at 320 px."""

import pytest
from playwright.sync_api import expect

from samenspraak.organisations.roles import Role
from samenspraak.regions.roles import RegionRole
from tests.browser.conftest import assert_accessible, assert_fits, login
from tests.factories import (
    PASSWORD,
    MembershipFactory,
    MunicipalityFactory,
    RegionFactory,
    RegionMembershipFactory,
    journey_phases,
)
from tests.regions.test_journey_compare import LINDEWAARD, OOSTERBEEMD, run_journey

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
URL = "/regio/waterland-zuid/klantreizen/"


@pytest.fixture
def region_space(db):
    region = RegionFactory(name="Regio Waterland-Zuid", slug="waterland-zuid")
    lindewaard = MunicipalityFactory(name="Lindewaard", slug="lindewaard", region=region)
    oosterbeemd = MunicipalityFactory(name="Oosterbeemd", slug="oosterbeemd", region=region)
    heuvel = MunicipalityFactory(name="Heuveldorp", slug="heuveldorp", region=region)
    coordinator = RegionMembershipFactory(region=region, role=RegionRole.COORDINATOR)
    beheerder = MembershipFactory(municipality=lindewaard, role=Role.BEHEERDER)
    return region, coordinator, beheerder, (lindewaard, oosterbeemd, heuvel)


def test_empty_comparison_has_no_axe_violations(page, region_space):
    _region, coordinator, _beheerder, _municipalities = region_space
    login(page, coordinator.user.email, PASSWORD)
    page.goto(URL)
    expect(page.locator(".ss-empty")).to_be_visible()
    assert_accessible(page)


def test_comparison_pages_have_no_axe_violations(page, phone, region_space):
    region, coordinator, beheerder, (lindewaard, oosterbeemd, heuvel) = region_space
    waiting = journey_phases()
    waiting.insert(2, {"key": "wachten", "name": "Wachten na het gesprek", "touchpoints": []})
    run_journey(lindewaard, LINDEWAARD)
    run_journey(oosterbeemd, {**OOSTERBEEMD, "wachten": [-2] * 6}, phases=waiting)
    run_journey(heuvel, {"zoeken": [1, 2]})  # too few: hidden cells
    login(page, beheerder.user.email, PASSWORD)
    page.goto(URL)
    content = page.content()
    assert "Lindewaard" in content and "Oosterbeemd" not in content
    assert page.locator("svg[aria-hidden=true]").count() == 1
    assert_accessible(page)
    region.compare_anonymously = False
    region.save()
    login(phone, coordinator.user.email, PASSWORD)
    phone.goto(URL)
    assert "Oosterbeemd" in phone.content()
    assert_accessible(phone)
    assert_fits(phone)
