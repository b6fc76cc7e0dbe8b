"""axe-core on the evidence pool, coding, dashboards and report pages, error states included."""

import datetime

import pytest
from playwright.sync_api import expect

from samenspraak.insights import findings, services
from samenspraak.insights.models import ThemeRun
from samenspraak.organisations.roles import Role
from samenspraak.responses.models import Answer, Response
from tests.browser.conftest import assert_accessible, assert_fits, login
from tests.factories import (
    PASSWORD,
    ContributionFactory,
    InstrumentFactory,
    MembershipFactory,
    MunicipalityFactory,
    TrajectFactory,
    UserFactory,
)
from tests.insights.test_themes_command import TEXTS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def analysis(db):
    municipality = MunicipalityFactory(name="Lindewaard", slug="lindewaard")
    membership = MembershipFactory(municipality=municipality, role=Role.ANALIST)
    traject = TrajectFactory(municipality=municipality, title="Vindbare toegang")
    book = services.start_codebook(traject=traject, from_template=True)
    wait, money = book.codes.get(name="Wachttijd"), book.codes.get(name="Kosten")
    other = UserFactory()
    contributions = []
    for texts in TEXTS.values():
        for text in texts:
            contributions.append(
                ContributionFactory(
                    traject=traject,
                    text=text,
                    respondent_group="cliënt" if len(contributions) % 2 else "mantelzorger",
                    consent_public=True,
                )
            )
    for contribution in contributions[:6]:
        services.apply_code(contributions=[contribution], code=wait, coder=membership.user)
        services.apply_code(contributions=[contribution], code=wait, coder=other)
    for contribution in contributions[6:12]:
        services.apply_code(contributions=[contribution], code=money, coder=membership.user)
    services.apply_code(contributions=[contributions[6]], code=wait, coder=other)
    services.suggest_codes(traject=traject, coder=membership.user)
    run = services.run_theme_discovery(ThemeRun.objects.create(traject=traject, n_themes=3))
    finding = findings.save_finding(
        traject=traject, statement="Wachten duurt te lang.", codes=[wait], quotes=contributions[:2]
    )
    report = findings.start_report(traject=traject, summary_b1="U vertelde veel.", user=None)
    findings.render_report(report)
    instrument = InstrumentFactory(traject=traject, title="Cliëntervaringsonderzoek Wmo")
    for n in range(12):
        response = Response.objects.create(
            instrument=instrument,
            version=instrument.current_version,
            round=instrument.current_round,
            status="compleet",
            channel="online" if n % 3 else "papier",
            submitted_on=datetime.date(2026, 10, 1),
        )
        Answer.objects.create(
            response=response, question_key="contact", value="ja" if n % 4 else "nee"
        )
    return membership, traject, contributions, run, finding, report, instrument, other


def test_analysis_pages_have_no_axe_violations(page, analysis):
    membership, traject, contributions, run, finding, report, instrument, other = analysis
    login(page, membership.user.email, PASSWORD)
    ws = "/werkruimte/lindewaard/"
    base = f"{ws}trajecten/{traject.pk}/"
    paths = [
        ws + "bewijs/",
        base + "bewijs/?q=wachten",
        ws + f"bewijs/{contributions[0].pk}/",
        base + "codeboek/",
        base + "codeboek/nieuw/",
        base + f"codeboek/overeenstemming/?eerste={membership.user.pk}&tweede={other.pk}",
        base + "codeboek/suggesties/",
        base + "themas/",
        base + f"themas/{run.pk}/",
        base + "dashboard/",
        ws + f"instrumenten/{instrument.pk}/dashboard/?uitsplitsing=kanaal",
        base + "bevindingen/",
        base + f"bevindingen/{finding.pk}/",
        base + "rapport/",
        base + f"rapport/{report.pk}/",
    ]
    for path in paths:
        page.goto(path)
        assert_accessible(page)


def test_error_states_and_a_phone(page, phone, analysis):
    membership, traject, contributions, _run, _finding, _report, instrument, _other = analysis
    login(page, membership.user.email, PASSWORD)
    base = f"/werkruimte/lindewaard/trajecten/{traject.pk}/"
    page.goto(base + "codeboek/nieuw/")
    page.click("button:has-text('Code opslaan')")
    expect(page.locator(".ss-error-summary")).to_be_visible()
    assert_accessible(page)
    page.goto(f"/werkruimte/lindewaard/bewijs/{contributions[0].pk}/")
    page.fill("#id_coderen-fragment", "dit staat er niet")
    page.click("button:has-text('Code toevoegen')")
    expect(page.locator(".ss-error-summary")).to_be_visible()
    assert page.input_value("#id_coderen-fragment") == "dit staat er niet"
    assert_accessible(page)
    page.goto(base + "rapport/")
    page.fill(
        "#id_summary_b1",
        "De gemeentelijke toegangsprocedure voor maatwerkvoorzieningen vereist een zorgvuldige "
        "afstemming tussen verschillende ketenpartners en uitvoeringsorganisaties.",
    )
    page.click("button:has-text('Controleer de leesbaarheid')")
    expect(page.locator("text=Flesch").first).to_be_visible()
    assert_accessible(page)
    login(phone, membership.user.email, PASSWORD)
    dashboard = (
        f"/werkruimte/lindewaard/instrumenten/{instrument.pk}/dashboard/?uitsplitsing=kanaal"
    )
    for path in (base + "bewijs/", base + "dashboard/", dashboard):
        phone.goto(path)
        assert_fits(phone)
