"""The lemniscaat overview: where a traject's cycle stands, and what to do next."""

import pytest

from samenspraak.actions import services as action_services
from samenspraak.feedback import services as feedback_services
from samenspraak.insights import findings, services
from samenspraak.organisations.roles import Role
from samenspraak.trajects.lemniscaat import overview
from tests.factories import ContributionFactory, InstrumentFactory, TrajectFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_the_next_step_follows_the_cycle(municipality, django_capture_on_commit_callbacks):
    traject = TrajectFactory(municipality=municipality)
    assert "instrument" in str(overview(traject).next_step)
    InstrumentFactory(traject=traject)
    assert "inwoners uit" in str(overview(traject).next_step).lower()
    contribution = ContributionFactory(traject=traject, text="Ik wachtte lang.")
    assert "codeboek" in str(overview(traject).next_step)
    book = services.start_codebook(traject=traject, from_template=True)
    code = book.codes.get(name="Wachttijd")
    services.apply_code(contributions=[contribution], code=code, coder=UserFactory())
    state = overview(traject)
    assert (state.contributions, state.coded_share) == (1, 100)
    assert "bevindingen" in str(state.next_step)
    finding = findings.save_finding(traject=traject, statement="Wachten duurt lang.", codes=[code])
    assert "nog geen actie" in str(overview(traject).next_step)
    action_services.save_action(
        traject=traject,
        user=None,
        title="Sneller",
        description="…",
        owner="Team",
        findings=[finding],
    )
    assert "rapport" in str(overview(traject).next_step)
    with django_capture_on_commit_callbacks(execute=True):
        report = findings.start_report(traject=traject, summary_b1="Kort.", user=None)
    assert "Publiceer" in str(overview(traject).next_step)
    report.refresh_from_db()
    findings.publish_report(report=report)
    assert "terugkoppelpagina" in str(overview(traject).next_step)
    feedback_services.save_page(traject=traject, intro="Wat we vroegen.")
    feedback_services.publish(traject=traject, user=None)
    assert overview(traject).publications == 1
    assert "doelen" in str(overview(traject).next_step)
    action_services.save_goal(traject=traject, title="Sneller hulp")
    state = overview(traject)
    assert "opnieuw" in str(state.next_step)
    assert state.actions["Voorgesteld"] == 1


def test_pages_show_the_cycle(client, member_client, municipality):
    traject = TrajectFactory(municipality=municipality)
    member_client(Role.ADVIESRAAD)
    page = client.get(f"/werkruimte/lindewaard/trajecten/{traject.pk}/").content.decode()
    assert "Waar de cirkel staat" in page and "Volgende stap" in page
    listing = client.get("/werkruimte/lindewaard/trajecten/").content.decode()
    assert "Volgende stap" in listing
    member_client(Role.VRIJWILLIGER)
    assert "Volgende stap" not in client.get("/werkruimte/lindewaard/trajecten/").content.decode()


def test_a_new_measurement_starts_for_every_published_questionnaire(
    client, member_client, municipality
):
    traject = TrajectFactory(municipality=municipality)
    first, second = InstrumentFactory(traject=traject), InstrumentFactory(traject=traject)
    draft = InstrumentFactory(traject=traject, status="concept")
    member_client(Role.MEDEWERKER)
    page = client.get(f"/werkruimte/lindewaard/trajecten/{traject.pk}/").content.decode()
    assert 'value="1-meting"' in page
    url = f"/werkruimte/lindewaard/trajecten/{traject.pk}/nieuwe-meting/"
    client.post(url, {"name": "1-meting"})
    for instrument in (first, second):
        instrument.refresh_from_db()
        assert (instrument.current_round.number, instrument.current_round.name) == (1, "1-meting")
    draft.refresh_from_db()
    assert draft.current_round.number == 0
    client.post(url, {"name": "  "})
    first.refresh_from_db()
    assert first.rounds.count() == 2  # an empty name starts nothing
    member_client(Role.ADVIESRAAD)
    assert client.post(url, {"name": "2-meting"}).status_code == 403
