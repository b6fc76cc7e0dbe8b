"""axe-core on the regional trajects (list, form with its error state, the page with the join
form), the region page with everything it gathers, and the public regional feedback page on a
phone."""

import pytest
from playwright.sync_api import expect

from samenspraak.feedback import services as feedback_services
from samenspraak.insights.findings import save_finding
from samenspraak.organisations.roles import Role
from samenspraak.regions import innovation, network, regional
from samenspraak.regions.roles import RegionRole
from tests.browser.conftest import assert_accessible, assert_fits, login
from tests.factories import (
    PASSWORD,
    MembershipFactory,
    MunicipalityFactory,
    RegionFactory,
    RegionMembershipFactory,
    TrajectFactory,
    UserFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def region_space(db):
    region = RegionFactory(name="Regio Waterland-Zuid", slug="waterland-zuid")
    lindewaard = MunicipalityFactory(name="Lindewaard", slug="lindewaard", region=region)
    MunicipalityFactory(name="Oosterbeemd", slug="oosterbeemd", region=region)
    coordinator = RegionMembershipFactory(region=region, role=RegionRole.COORDINATOR)
    beheerder = MembershipFactory(municipality=lindewaard, role=Role.BEHEERDER)
    regional_traject = regional.save_regional_traject(
        region=region,
        user=coordinator.user,
        title="Samen meten",
        question="Hoe ervaren inwoners de toegang?",
        plan="Maart — 0-meting\nJuni — regio-overleg",
        template_keys=["ceo-wmo"],
    )
    return region, coordinator, beheerder, regional_traject


def test_regional_trajects_have_no_axe_violations(page, region_space):
    _region, coordinator, _beheerder, regional_traject = region_space
    login(page, coordinator.user.email, PASSWORD)
    base = "/regio/waterland-zuid/regionale-trajecten/"
    page.goto(base)
    assert_accessible(page)
    page.goto(base + "nieuw/")
    assert_accessible(page)
    page.fill("#id_title", "Zonder vraag")
    page.click("form.ss-narrow button[type=submit]")  # no question: the error state
    expect(page.locator(".ss-error-summary")).to_be_visible()
    assert page.input_value("#id_title") == "Zonder vraag"
    assert_accessible(page)
    page.goto(f"{base}{regional_traject.pk}/")
    assert_accessible(page)


def test_join_form_and_region_page_have_no_axe_violations(page, phone, region_space):
    region, coordinator, beheerder, regional_traject = region_space
    spiral = innovation.save_innovation(
        region=region, title="Vanzelfsprekend doorverwijzen", user=None
    )
    analysis = network.create_analysis(region=region, title="Netwerk", moment="2026", user=None)
    first = network.add_node(analysis=analysis, name="Wmo-loket", kind="toegang")
    second = network.add_node(
        analysis=analysis, name="Cliëntondersteuning", kind="clientondersteuning"
    )
    network.save_answers(
        analysis=analysis,
        user=beheerder.user,
        answers=[network.LinkAnswer(first, second, "doorverwijzen", 2, True)],
    )
    login(page, beheerder.user.email, PASSWORD)
    page.goto(f"/regio/waterland-zuid/regionale-trajecten/{regional_traject.pk}/")
    expect(page.locator("#meedoen")).to_be_visible()
    assert_accessible(page)
    page.goto("/regio/waterland-zuid/")
    expect(page.get_by_text(spiral.title)).to_be_visible()
    assert_accessible(page)
    login(phone, coordinator.user.email, PASSWORD)
    phone.goto("/regio/waterland-zuid/")
    assert_fits(phone)


def test_public_regional_page_has_no_axe_violations_on_a_phone(page, phone, region_space):
    region, _coordinator, beheerder, _regional_traject = region_space
    traject = TrajectFactory(municipality=beheerder.municipality, title="Vindbare toegang")
    save_finding(traject=traject, statement="Inwoners zoeken lang.", figures="", quotes=[])
    feedback_services.save_page(traject=traject, intro="We vroegen het u.", take_part="")
    feedback_services.publish(traject=traject, user=UserFactory())
    for browser_page in (page, phone):
        browser_page.goto(f"/terugkoppeling/regio/{region.slug}/")
        expect(browser_page.get_by_text("Vindbare toegang")).to_be_visible()
        assert_accessible(browser_page)
    assert_fits(phone)


def test_mystery_guest_comparison_has_no_axe_violations(page, phone, region_space):
    from tests.regions.test_mystery_compare import run_round

    region, coordinator, beheerder, _regional_traject = region_space
    login(page, coordinator.user.email, PASSWORD)
    page.goto("/regio/waterland-zuid/mysteryguest/")  # nothing to compare yet
    assert_accessible(page)
    run_round(beheerder.municipality, {"Duidelijke vervolgstap": [5, 4, 2, 1, 4]})
    oosterbeemd = region.municipalities.get(slug="oosterbeemd")
    run_round(oosterbeemd, {"Duidelijke vervolgstap": [4, 4, 3]})
    page.goto("/regio/waterland-zuid/mysteryguest/")
    expect(page.get_by_role("heading", name="Duidelijke vervolgstap")).to_be_visible()
    assert_accessible(page)
    login(phone, coordinator.user.email, PASSWORD)
    phone.goto("/regio/waterland-zuid/mysteryguest/")
    assert_fits(phone)
