"""axe-core on the paired spiegel: the list of sets, a set's statements side by side with the
gaps (anonymous and with names), the empty state, and a phone width."""

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
)
from tests.regions.paired_helpers import run_pair

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BASE = "/regio/waterland-zuid/spiegel-paren/"


@pytest.fixture
def paired_region(db):
    region = RegionFactory(name="Regio Waterland-Zuid", slug="waterland-zuid")
    lindewaard = MunicipalityFactory(name="Lindewaard", slug="lindewaard", region=region)
    oosterbeemd = MunicipalityFactory(name="Oosterbeemd", slug="oosterbeemd", region=region)
    coordinator = RegionMembershipFactory(region=region, role=RegionRole.COORDINATOR)
    analist = MembershipFactory(municipality=lindewaard, role=Role.ANALIST)
    return region, lindewaard, oosterbeemd, coordinator, analist


def test_paired_pages_have_no_axe_violations(page, phone, paired_region):
    region, lindewaard, oosterbeemd, coordinator, analist = paired_region
    login(page, analist.user.email, PASSWORD)
    page.goto(BASE)  # nothing to compare yet
    expect(page.locator(".ss-empty")).to_be_visible()
    assert_accessible(page)
    run_pair(lindewaard, ["4", "5", "2", "2", "1"], ["5", "4", "4", "5", "3", "4"])
    run_pair(oosterbeemd, ["4", "4", "5", "2", "2", "3"], ["4", "4", "4", "2", "3"])
    page.goto(BASE)
    assert_accessible(page)
    page.click("text=Toegangsspiegel")
    page.wait_for_url(f"**{BASE}toegangsspiegel/")
    assert "Lindewaard" in page.content() and "Oosterbeemd" not in page.content()
    assert page.locator("td.ss-heat--p2 .ss-badge").count() >= 1  # a large gap, said in words
    assert_accessible(page)
    region.compare_anonymously = False
    region.save()
    login(phone, coordinator.user.email, PASSWORD)
    phone.goto(f"{BASE}toegangsspiegel/")
    assert "Oosterbeemd" in phone.content()
    assert_accessible(phone)
    assert_fits(phone)
    phone.goto(BASE)
    assert_fits(phone)
