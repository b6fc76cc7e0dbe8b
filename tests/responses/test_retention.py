import datetime

import pytest
from django.core.management import call_command

from samenspraak.feedback.models import Subscription
from samenspraak.insights.models import Contribution
from samenspraak.organisations.roles import Role
from samenspraak.responses.models import Answer, Response
from samenspraak.responses.retention import apply_retention
from samenspraak.responses.selectors import counts_per_channel, counts_per_day, distributions
from tests.factories import InstrumentFactory, TrajectFactory

TODAY = datetime.date(2028, 1, 10)


@pytest.fixture
def instrument(municipality):
    instrument = InstrumentFactory(traject=TrajectFactory(municipality=municipality))
    instrument.retention_days = 30
    instrument.save()
    for day, value in (
        (datetime.date(2027, 11, 1), "ja"),
        (datetime.date(2027, 11, 1), "nee"),
        (datetime.date(2028, 1, 5), "ja"),
    ):
        response = Response.objects.create(
            instrument=instrument,
            version=instrument.current_version,
            round=instrument.rounds.first(),
            status="compleet",
            submitted_on=day,
            channel="papier",
        )
        Answer.objects.create(response=response, question_key="contact", value=value)
        Contribution.objects.create(
            municipality=municipality,
            traject=instrument.traject,
            instrument=instrument,
            response=response,
            source_type="open_antwoord",
            text="tekst",
            created_on=day,
        )
    return instrument


def figures(instrument):
    table = next(t for t in distributions(instrument) if t["key"] == "contact")
    return (
        {r["label"]: r["n"] for r in table["rows"]},
        [(r["submitted_on"], r["n"]) for r in counts_per_day(instrument)],
        [(str(r["channel"]), r["n"]) for r in counts_per_channel(instrument)],
    )


@pytest.mark.django_db
def test_expired_answers_are_deleted_and_totals_stay(instrument):
    before = figures(instrument)
    report = apply_retention(TODAY)
    assert report.responses_deleted == 2
    assert Response.objects.count() == 1
    assert Answer.objects.count() == 1
    assert Contribution.objects.count() == 1  # the raw texts of expired responses are gone too
    assert figures(instrument) == before
    assert before[0] == {"Ja": 2, "Nee": 1}


@pytest.mark.django_db
def test_retention_is_idempotent(instrument):
    apply_retention(TODAY)
    first = figures(instrument)
    assert apply_retention(TODAY).responses_deleted == 0
    assert figures(instrument) == first


@pytest.mark.django_db
def test_unfinished_responses_and_old_contacts_are_deleted(instrument):
    busy = Response.objects.create(
        instrument=instrument,
        version=instrument.current_version,
        round=instrument.rounds.first(),
        draft={"contact": "ja"},
    )
    Response.objects.filter(pk=busy.pk).update(started_on=TODAY - datetime.timedelta(days=31))
    contact = Subscription.objects.create(
        traject=instrument.traject, email="a@example.org", source="vragenlijst"
    )
    Subscription.objects.filter(pk=contact.pk).update(
        created_on=TODAY - datetime.timedelta(days=400)
    )
    report = apply_retention(TODAY)
    assert report.unfinished_deleted == 1
    assert report.contacts_deleted == 1
    assert not Response.objects.filter(pk=busy.pk).exists()


@pytest.mark.django_db
def test_command_runs(instrument, capsys):
    call_command("apply_retention")
    assert "expired responses" in capsys.readouterr().out


@pytest.mark.django_db
def test_results_page_still_shows_totals_after_retention(client, member_client, instrument):
    apply_retention(TODAY)
    member_client(Role.ANALIST)
    html = client.get(
        f"/werkruimte/lindewaard/instrumenten/{instrument.pk}/resultaten/"
    ).content.decode()
    assert "n = 3" in html
