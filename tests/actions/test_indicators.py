"""Indicators per measurement against hand-computed figures, with the tests of change."""

import datetime
import math

import pytest
from django.core.exceptions import ValidationError
from scipy import stats

from samenspraak.actions import services
from samenspraak.actions.indicators import series, two_proportion_p, welch_p
from samenspraak.instruments.models import Round
from samenspraak.organisations.roles import Role
from samenspraak.responses.models import Answer, Response
from tests.factories import InstrumentFactory, TrajectFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_two_proportion_test_on_a_known_case():
    # 60/100 against 75/100: pooled 0.675, se = sqrt(0.675·0.325·0.02) = 0.06624,
    # z = 0.15 / 0.06624 = 2.2646, two-sided p = 0.0235.
    assert two_proportion_p(60, 100, 75, 100) == pytest.approx(0.0235, abs=0.0005)
    assert two_proportion_p(5, 10, 5, 10) == pytest.approx(1.0)


def test_welch_test_on_a_known_case():
    expected = stats.ttest_ind_from_stats(3.0, 1.0, 30, 3.6, 1.2, 40, equal_var=False).pvalue
    assert welch_p(3.0, 1.0, 30, 3.6, 1.2, 40) == pytest.approx(expected)
    # t = 0.6 / sqrt(1/30 + 1.44/40) = 2.279: a clear difference.
    assert welch_p(3.0, 1.0, 30, 3.6, 1.2, 40) < 0.05


def respond(instrument, round_, value, key="serieus"):
    response = Response.objects.create(
        instrument=instrument,
        version=instrument.current_version,
        round=round_,
        status="compleet",
        submitted_on=datetime.date(2026, 10, 1),
    )
    Answer.objects.create(response=response, question_key=key, value=value)


@pytest.fixture
def setup(municipality):
    traject = TrajectFactory(municipality=municipality)
    instrument = InstrumentFactory(traject=traject)
    later = Round.objects.create(instrument=instrument, number=1, name="1-meting")
    third = Round.objects.create(instrument=instrument, number=2, name="2-meting")
    # 0-meting: 6 of 10 valid agree (2 "weet niet" do not count) → 60 %.
    for value in ["5"] * 3 + ["4"] * 3 + ["2"] * 4 + ["weet_niet"] * 2:
        respond(instrument, instrument.current_round, value)
    # 1-meting: 9 of 10 agree → 90 %.
    for value in ["4"] * 9 + ["1"]:
        respond(instrument, later, value)
    # 2-meting: only 3 answers → not enough.
    for value in ["4", "4", "2"]:
        respond(instrument, third, value)
    main = services.save_goal(traject=traject, title="Inwoners vinden de weg")
    sub = services.save_goal(traject=traject, title="Serieus genomen", parent=main)
    return traject, instrument, sub


def share(sub, instrument, **fields):
    return services.save_indicator(
        goal=sub,
        name="Aandeel dat zich serieus genomen voelt",
        kind="gemeten",
        instrument=instrument,
        question_key="serieus",
        measure="aandeel",
        positive_values=["4", "5"],
        **fields,
    )


def test_share_per_measurement_with_suppression_and_test(setup):
    _traject, instrument, sub = setup
    result = series(share(sub, instrument, target=80))
    assert [(p.label, p.value, p.n) for p in result.points] == [
        ("0-meting", 60.0, 10),
        ("1-meting", 90.0, 10),
        ("2-meting", None, 3),
    ]
    assert result.points[1].p_value == pytest.approx(two_proportion_p(6, 10, 9, 10))
    assert result.points[2].p_value is None
    assert result.target_reached is True


def test_mean_per_measurement(setup):
    _traject, instrument, sub = setup
    indicator = services.save_indicator(
        goal=sub,
        name="Gemiddelde",
        kind="gemeten",
        instrument=instrument,
        question_key="serieus",
        measure="gemiddelde",
        direction="hoger",
    )
    result = series(indicator)
    first = [5] * 3 + [4] * 3 + [2] * 4
    mean = sum(first) / 10
    sd = math.sqrt(sum((x - mean) ** 2 for x in first) / 9)
    assert (result.points[0].value, result.points[0].sd) == (round(mean, 2), round(sd, 2))
    assert result.points[1].value == pytest.approx(3.7)


def test_counted_indicator_and_its_rules(setup):
    _traject, instrument, sub = setup
    counted = services.save_indicator(
        goal=sub, name="Klachten over bereikbaarheid", kind="geteld", direction="lager", target=10
    )
    user = UserFactory()
    services.add_counted_value(
        indicator=counted, label="2025", value=24, source="Klachtenregistratie", user=user
    )
    services.add_counted_value(
        indicator=counted, label="2026", value=9, source="Klachtenregistratie", user=user
    )
    result = series(counted)
    assert [(p.label, p.value) for p in result.points] == [("2025", 24.0), ("2026", 9.0)]
    assert result.target_reached is True
    measured = share(sub, instrument)
    with pytest.raises(ValidationError):
        services.add_counted_value(indicator=measured, label="x", value=1, source="y", user=user)
    with pytest.raises(ValidationError):
        services.save_indicator(goal=sub, name="Zonder vraag", kind="gemeten", measure="aandeel")


def test_goals_go_two_levels_deep(setup):
    traject, _instrument, sub = setup
    with pytest.raises(ValidationError):
        services.save_goal(traject=traject, title="Te diep", parent=sub)


def test_goal_tree_page(client, member_client, setup):
    traject, instrument, sub = setup
    share(sub, instrument)
    member_client(Role.ADVIESRAAD)
    url = f"/werkruimte/lindewaard/trajecten/{traject.pk}/doelen/"
    page = client.get(url).content.decode()
    assert "Serieus genomen" in page and "90%" in page and "te weinig antwoorden" in page
    assert client.post(url, {"formulier": "doel", "title": "Nieuw"}).status_code == 404
    member_client(Role.MEDEWERKER)
    client.post(url, {"formulier": "doel", "title": "Sneller geholpen", "parent": sub.parent_id})
    assert traject.goals.filter(title="Sneller geholpen").exists()
    page = client.post(
        url,
        {
            "formulier": "indicator",
            "goal": sub.pk,
            "name": "Iets",
            "kind": "gemeten",
            "measure": "aandeel",
            "direction": "hoger",
        },
    )
    assert page.status_code == 200  # the form again, with its error
    assert "Kies de vraag die deze indicator leest." in page.content.decode()
    assert not sub.indicators.filter(name="Iets").exists()
