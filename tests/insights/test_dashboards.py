"""Dashboard figures against hand-computed numbers, with suppression, and the heatmap."""

import datetime

import pytest
from scipy.stats import chi2_contingency

from samenspraak.insights import dashboards, services
from samenspraak.organisations.roles import Role
from samenspraak.responses.models import Answer, Response
from tests.factories import ContributionFactory, InstrumentFactory, TrajectFactory, UserFactory

pytestmark = pytest.mark.django_db


def respond(instrument, answers, channel="online", round_=None):
    response = Response.objects.create(
        instrument=instrument,
        version=instrument.current_version,
        round=round_ or instrument.current_round,
        status="compleet",
        channel=channel,
        submitted_on=datetime.date(2026, 10, 1),
    )
    Answer.objects.bulk_create(
        Answer(response=response, question_key=k, value=v) for k, v in answers.items()
    )


@pytest.fixture
def instrument(municipality):
    instrument = InstrumentFactory(traject=TrajectFactory(municipality=municipality))
    # 12 online: 9 ja, 3 nee; 8 on paper: 6 ja, 2 nee. Everyone: 15 ja of 20 = 75%.
    for _ in range(9):
        respond(instrument, {"contact": "ja", "serieus": "5"})
    for _ in range(3):
        respond(instrument, {"contact": "nee", "serieus": "2"})
    for _ in range(6):
        respond(instrument, {"contact": "ja", "serieus": "4"}, channel="papier")
    for _ in range(2):
        respond(instrument, {"contact": "nee", "serieus": "weet_niet"}, channel="papier")
    return instrument


def figure(instrument, key, breakdown=None):
    return next(f for f in dashboards.question_figures(instrument, breakdown) if f.key == key)


def test_everyone_together(instrument):
    contact = figure(instrument, "contact")
    assert [column.base for column in contact.columns] == [20]
    assert [(row.label, row.counts[0], row.percents[0]) for row in contact.rows] == [
        ("Ja", 15, 75.0),
        ("Nee", 5, 25.0),
    ]
    assert "75%" in contact.summary and "20" in contact.summary


def test_split_by_channel_hides_small_cells_and_their_partners(instrument):
    contact = figure(instrument, "contact", "kanaal")
    bases = {column.key: column.base for column in contact.columns}
    assert bases == {"online": 12, "papier": 8}
    ja, nee = contact.rows
    # online: 9 ja / 3 nee → the 3 is hidden, so is the 9 (column partner); then the row
    # "Nee" has one hidden cell, so paper's 2 goes too (it is small anyway), and so on.
    assert ja.counts[0] is None and nee.counts[0] is None
    assert nee.counts[1] is None and ja.counts[1] is None


def test_matrix_statement_with_unknown(instrument):
    serious = figure(instrument, "serieus")
    by_label = {row.label: row.counts[0] for row in serious.rows}
    assert by_label["Helemaal mee eens"] == 9
    assert by_label["Mee eens"] == 6
    # 3 × "Mee oneens" and 2 × "weet niet" are under 5: both hidden.
    assert by_label["Mee oneens"] is None
    assert by_label["Weet ik niet / niet van toepassing"] is None


def test_group_below_the_minimum_is_hidden_whole(municipality):
    instrument = InstrumentFactory(traject=TrajectFactory(municipality=municipality))
    for _ in range(10):
        respond(instrument, {"contact": "ja"})
    for _ in range(3):
        respond(instrument, {"contact": "ja"}, channel="telefoon")
    for _ in range(10):
        respond(instrument, {"contact": "nee"}, channel="papier")
    contact = figure(instrument, "contact", "kanaal")
    shown = {column.key: column.shown for column in contact.columns}
    assert shown["telefoon"] is False
    assert list(shown.values()).count(False) == 2  # a partner, or the 3 could be worked out


def test_figures_follow_new_responses(instrument):
    assert figure(instrument, "contact").columns[0].base == 20
    respond(instrument, {"contact": "ja"})
    assert figure(instrument, "contact").columns[0].base == 21


def test_instrument_dashboard_page(client, member_client, instrument):
    member_client(Role.ADVIESRAAD)
    url = f"/werkruimte/lindewaard/instrumenten/{instrument.pk}/dashboard/"
    page = client.get(url).content.decode()
    assert "<svg" in page and "75%" in page
    assert client.get(url + "?uitsplitsing=kanaal").status_code == 200
    assert client.get(url + "?uitsplitsing=onzin").status_code == 200


def test_heatmap_ratios_and_chi_square(municipality):
    traject = TrajectFactory(municipality=municipality)
    book = services.start_codebook(traject=traject, from_template=False)
    wait = services.save_code(codebook=book, name="Wachttijd")
    money = services.save_code(codebook=book, name="Kosten")
    coder = UserFactory()
    plan = {
        ("cliënt", wait): 20,
        ("cliënt", money): 10,
        ("mantelzorger", wait): 5,
        ("mantelzorger", money): 15,
    }
    for (group, code), n in plan.items():
        for _ in range(n):
            contribution = ContributionFactory(traject=traject, respondent_group=group)
            services.apply_code(contributions=[contribution], code=code, coder=coder)
    result = dashboards.heatmap(traject, "groep")
    assert result.groups == ["cliënt", "mantelzorger"]
    assert result.bases == [30, 20]
    cells = {code.name: row for code, row in result.rows}
    # Wachttijd: 25 of 50 contributions; expected in cliënt 25·30/50 = 15, observed 20.
    assert cells["Wachttijd"][0].n == 20
    assert cells["Wachttijd"][0].ratio == pytest.approx(20 / 15)
    assert cells["Kosten"][1].ratio == pytest.approx(15 / 10)
    expected = chi2_contingency([[20, 5], [10, 15]])
    assert result.chi2 == pytest.approx(expected.statistic)
    assert result.p_value == pytest.approx(expected.pvalue)


def test_traject_dashboard_page(client, member_client, municipality):
    traject = TrajectFactory(municipality=municipality)
    member_client(Role.ADVIESRAAD)
    for dimension in ("groep", "kanaal", "ronde", "iets"):
        url = f"/werkruimte/lindewaard/trajecten/{traject.pk}/dashboard/?naar={dimension}"
        assert client.get(url).status_code == 200


def test_split_by_measurement_shows_the_change(municipality):
    from samenspraak.instruments.models import Round

    instrument = InstrumentFactory(traject=TrajectFactory(municipality=municipality))
    later = Round.objects.create(instrument=instrument, number=1, name="1-meting")
    # 0-meting: 15 ja of 25 = 60%; 1-meting: 20 ja of 25 = 80% → +20 points.
    for n in range(25):
        respond(instrument, {"contact": "ja" if n < 15 else "nee"})
        respond(instrument, {"contact": "ja" if n < 20 else "nee"}, round_=later)
    contact = figure(instrument, "contact", "ronde")
    labels = [column.label for column in contact.columns]
    assert "0-meting" in labels[0] and labels[1] == "1-meting"
    ja = contact.rows[0]
    assert ja.percents == [60.0, 80.0]
    assert ("Ja", 20.0) in contact.change
