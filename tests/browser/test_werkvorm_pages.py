"""axe-core on the werkvorm pages: the list, starting a traject (and its error state), the
planned meeting, every tailored harvest form with items and in its error state, changing an
item, and the themes/round questions form with its error state."""

import pytest
from playwright.sync_api import expect

from samenspraak.meetings import services
from samenspraak.meetings.harvest import landkaart_entry
from samenspraak.organisations.roles import Role
from tests.browser.conftest import assert_accessible, login
from tests.factories import PASSWORD, MembershipFactory, MunicipalityFactory, TrajectFactory
from tests.meetings.werkvorm_harvest_factories import tailored_session
from tests.trajects.werkvorm_factories import werkvorm_methods

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FORMS = ["landkaart", "werkbezoek", "wereldcafe", "de-week-van", "kunst-en-cultuur"]


@pytest.fixture
def medewerker(db):
    lindewaard = MunicipalityFactory(name="Lindewaard", slug="lindewaard")
    MunicipalityFactory(name="Oosterbeemd", slug="oosterbeemd", region=lindewaard.region)
    werkvorm_methods()
    return MembershipFactory(municipality=lindewaard, role=Role.MEDEWERKER)


def submit(page, field_id):
    page.locator(f"form:has(#{field_id}) button[type=submit]").first.click()
    expect(page.locator(".ss-error-summary")).to_be_visible()


def test_werkvorm_list_and_start_have_no_axe_violations(page, medewerker):
    login(page, medewerker.user.email, PASSWORD)
    page.goto("/werkruimte/lindewaard/trajecten/werkvormen/")
    assert_accessible(page)
    page.goto("/werkruimte/lindewaard/trajecten/werkvormen/wereldcafe/")
    assert_accessible(page)
    page.fill("#id_title", "")
    submit(page, "id_title")
    assert_accessible(page)
    page.fill("#id_title", "Regionaal wereldcafé 2026")
    page.locator("form:has(#id_title) button[type=submit]").click()
    page.wait_for_url("**/gespreksverslagen/*/")
    assert_accessible(page)  # the planned meeting


@pytest.mark.parametrize("harvest_form", FORMS)
def test_tailored_harvest_pages_have_no_axe_violations(page, medewerker, harvest_form):
    traject = TrajectFactory(municipality=medewerker.municipality)
    session = tailored_session(traject, harvest_form)
    items = {
        "landkaart": landkaart_entry(
            "Lindewaard", session.harvest_settings.get("themes", ["x"])[0], 3, "Begonnen"
        ),
        "werkbezoek": {
            "kind": "uitspraak",
            "text": "Vaste dagvoorzitter",
            "details": {"aspect": "werkt", "gemeente": "Oosterbeemd"},
        },
        "wereldcafe": {
            "kind": "idee",
            "text": "Spreekuur",
            "table": "1",
            "round_number": 1,
            "details": {"vraag": session.harvest_settings.get("rounds", ["x"])[0]},
        },
        "de-week-van": {
            "kind": "uitspraak",
            "text": "Onbekend",
            "details": {
                "activiteit": "Markt",
                "datum": "2026-09-10",
                "plaats": "Plein",
                "bereik": 40,
            },
        },
        "kunst-en-cultuur": {
            "kind": "uitspraak",
            "text": "Lange weg",
            "details": {"werk": "Doolhof", "vorm": "beeld", "beschrijving": "Een doolhof."},
        },
    }
    item = services.add_item(session=session, **items[harvest_form])
    login(page, medewerker.user.email, PASSWORD)
    page.goto(session.get_absolute_url())
    assert_accessible(page)
    page.locator("form[action='#toevoegen'] button[type=submit]").click()
    expect(page.locator(".ss-error-summary")).to_be_visible()
    assert_accessible(page)
    page.goto(session.get_absolute_url() + f"oogst/{item.pk}/wijzigen/")
    assert_accessible(page)
    if harvest_form in ("landkaart", "wereldcafe"):
        page.goto(session.get_absolute_url() + "oogstformulier/")
        assert_accessible(page)
        page.fill("#id_lines", "")
        submit(page, "id_lines")
        assert_accessible(page)
