"""axe-core on the region space: the region page, a shared traject, the members page and the
sharing form, each error state included, and a phone width."""

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
    expect(page.locator(".ss-error-summary")).to_be_visible()
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
    expect(page.locator(".ss-error-summary")).to_be_visible()
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
    expect(page.locator(".ss-error-summary")).to_be_visible()
    assert_accessible(page)
    page.goto(f"{base}{item.pk}/fasen/1/")
    page.fill("#id_what_happened", "Een eerste gesprek met toegangsmedewerkers.")
    page.click("form.ss-narrow button[type=submit]")  # no date, no roles: errors
    assert_error_page(page)
    assert_accessible(page)
    page.fill("#id_happened_on", "2027-02-01")
    page.check("input[name=participants][value=toegang]")
    page.click("form.ss-narrow button[type=submit]")
    page.wait_for_url(f"**{base}{item.pk}/")
    assert_accessible(page)
    login(phone, coordinator.user.email, PASSWORD)
    phone.goto(f"{base}{item.pk}/")
    assert_fits(phone)


def test_network_pages_have_no_axe_violations(page, phone, region_space):
    from samenspraak.regions import network

    coordinator, beheerder, _traject = region_space
    spring = network.create_analysis(
        region=coordinator.region, title="Cliëntondersteuning", moment="Voorjaar 2026", user=None
    )
    names = [
        ("Wmo-loket Lindewaard", "toegang"),
        ("Cliëntondersteuning Waterland-Zuid", "clientondersteuning"),
        ("Adviesraad Sociaal Domein Lindewaard", "clientenorganisatie"),
        ("Huisartsen", "anders"),
    ]
    nodes = [network.add_node(analysis=spring, name=n, kind=k) for n, k in names]
    network.save_answers(
        analysis=spring,
        user=beheerder.user,
        answers=[
            network.LinkAnswer(nodes[0], nodes[1], "doorverwijzen", 1, True),
            network.LinkAnswer(nodes[0], nodes[2], "overleg", 3),
        ],
    )
    autumn = network.create_analysis(
        region=coordinator.region,
        title="Cliëntondersteuning",
        moment="Najaar 2026",
        previous=spring,
        user=None,
    )
    login(page, coordinator.user.email, PASSWORD)
    base = "/regio/waterland-zuid/netwerk/"
    for path in (
        base,
        f"{base}{spring.pk}/",
        f"{base}{autumn.pk}/",
        f"{base}{spring.pk}/organisaties/",
    ):
        page.goto(path)
        assert_accessible(page)
    page.goto(f"{base}{spring.pk}/vragenlijst/")
    assert_accessible(page)
    first = nodes[0].pk
    page.select_option("#id_from_node", str(first))
    page.select_option(f"#id_kind_{first}", "overleg")  # a link with itself: an error
    page.select_option(f"#id_kind_{nodes[3].pk}", "informeren")  # no strength: an error
    page.click("form[method=post] button[type=submit].utrecht-button--primary-action")
    expect(page.locator(".ss-error-summary")).to_be_visible()
    assert_error_page(page)
    assert_accessible(page)
    login(phone, coordinator.user.email, PASSWORD)
    for path in (f"{base}{spring.pk}/", f"{base}{spring.pk}/vragenlijst/"):
        phone.goto(path)
        assert_fits(phone)


def test_spiegel_pages_have_no_axe_violations(page, phone, region_space):
    from tests.regions.test_spiegel import run_ceo

    coordinator, beheerder, _traject = region_space
    oosterbeemd = beheerder.municipality.region.municipalities.get(slug="oosterbeemd")
    run_ceo(beheerder.municipality, ["4", "5", "5", "2", "1"])
    run_ceo(oosterbeemd, ["5", "5", "4", "4", "3", "2"])
    login(page, beheerder.user.email, PASSWORD)
    page.goto("/regio/waterland-zuid/spiegel/")
    assert_accessible(page)
    page.goto("/regio/waterland-zuid/spiegel/ceo-wmo/")
    assert "Lindewaard" in page.content()
    assert_accessible(page)
    login(phone, coordinator.user.email, PASSWORD)  # the coordinator also sees the setting
    phone.goto("/regio/waterland-zuid/spiegel/")
    assert phone.locator("input[name=anonymous]").count() == 2
    assert_accessible(phone)
    phone.goto("/regio/waterland-zuid/spiegel/ceo-wmo/")
    assert_fits(phone)
