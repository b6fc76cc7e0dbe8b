"""Indicators on a client journey phase and on a mystery guest criterion, against figures
computed by hand: rounds, suppression below the minimum and the test against the baseline."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext as _
from scipy import stats

from samenspraak.actions import services
from samenspraak.actions.indicators import (
    measurement_periods,
    series,
    two_proportion_p,
)
from samenspraak.actions.models import Indicator
from samenspraak.instruments.models import Round
from samenspraak.organisations.roles import Role
from tests.actions.conftest import journey_entry, mystery_round, visits
from tests.factories import InstrumentFactory, JourneyFactory, TrajectFactory

pytestmark = pytest.mark.django_db

D = datetime.date


def measurements(traject):
    """A questionnaire with a 0-meting from 1 January 2026, a 1-meting from 1 June and a
    2-meting from 1 September."""
    instrument = InstrumentFactory(traject=traject)
    Round.objects.filter(instrument=instrument).update(started_on=D(2026, 1, 1))
    Round.objects.create(instrument=instrument, number=1, name="1-meting", started_on=D(2026, 6, 1))
    Round.objects.create(instrument=instrument, number=2, name="2-meting", started_on=D(2026, 9, 1))
    return instrument


# Gesprek scores per measurement. The December 2025 entry is from before the first measurement
# started, so it counts for the baseline.
BASELINE = [(D(2025, 12, 1), 2)] + [(D(2026, 3, 1), s) for s in (2, 1, 1, 0, -1, -2)]
LATER = [(D(2026, 6, 1), 2), (D(2026, 6, 2), 2)] + [(D(2026, 8, 31), s) for s in (1, 1, 1, 0)]
THIRD = [(D(2026, 9, 1), 2), (D(2026, 10, 1), 1), (D(2026, 11, 1), -1)]  # 3 < 5: hidden


@pytest.fixture
def journey_indicator(goal, journey):
    traject = goal.traject
    measurements(traject)
    for day, score in BASELINE + LATER + THIRD:
        journey_entry(journey, day, zoeken=-2, gesprek=score)
    journey_entry(journey, D(2026, 7, 1), zoeken=1)  # gesprek skipped: not counted
    other = JourneyFactory(traject=traject)  # another journey of the traject does not count
    journey_entry(other, D(2026, 7, 1), gesprek=-2)

    def make(measure, **fields):
        return services.save_indicator(
            goal=goal,
            name="Het gesprek",
            kind="gemeten",
            source="klantreis",
            journey=journey,
            phase_key="gesprek",
            measure=measure,
            direction="hoger",
            **fields,
        )

    return make


def test_journey_mean_per_measurement(journey_indicator):
    result = series(journey_indicator("gemiddelde"))
    baseline = [2, 2, 1, 1, 0, -1, -2]  # mean 3/7
    later = [2, 2, 1, 1, 1, 0]  # mean 7/6
    assert [(p.label, p.value, p.n) for p in result.points] == [
        ("0-meting", 0.43, 7),
        ("1-meting", 1.17, 6),
        ("2-meting", None, 3),
    ]
    assert result.points[0].sd == round(stats.tstd(baseline), 2)
    assert result.points[1].sd == round(stats.tstd(later), 2)
    # Welch's test on the raw scores gives the same p-value as ours from the summaries.
    expected = stats.ttest_ind(baseline, later, equal_var=False).pvalue
    assert result.points[1].p_value == pytest.approx(expected)
    assert result.points[0].p_value is None and result.points[2].p_value is None


def test_journey_share_of_positive_scores(journey_indicator):
    result = series(journey_indicator("aandeel", target=80))
    # Scores of +1 or +2: 4 of 7 at the baseline, 5 of 6 in the 1-meting.
    assert [(p.value, p.n) for p in result.points] == [(57.1, 7), (83.3, 6), (None, 3)]
    # The pooled two-proportion z-test is the chi-square test of the 2×2 table without
    # continuity correction (z² = χ²).
    table = [[4, 3], [5, 1]]
    expected = stats.chi2_contingency(table, correction=False).pvalue
    assert result.points[1].p_value == pytest.approx(expected)
    assert result.points[1].p_value == pytest.approx(two_proportion_p(4, 7, 5, 6))
    assert result.latest.label == "1-meting" and result.target_reached is True


def test_measurements_follow_the_traject_rounds(goal, journey):
    traject = goal.traject
    # Without questionnaires the traject has one measurement, the baseline.
    journey_entry(journey, D(2026, 3, 1), gesprek=1)
    indicator = services.save_indicator(
        goal=goal,
        name="Het gesprek",
        kind="gemeten",
        source="klantreis",
        journey=journey,
        phase_key="gesprek",
        measure="gemiddelde",
    )
    with translation.override("nl"):
        only = series(indicator).points
        assert [(p.label, p.n) for p in only] == [(_("Baseline (0-meting)"), 1)]
    # Two questionnaires: a measurement starts on the earliest start of its rounds.
    first, second = InstrumentFactory(traject=traject), InstrumentFactory(traject=traject)
    Round.objects.filter(instrument__traject=traject).update(started_on=D(2026, 1, 1))
    Round.objects.create(instrument=first, number=1, name="1-meting", started_on=D(2026, 6, 10))
    Round.objects.create(instrument=second, number=1, name="1e meting", started_on=D(2026, 6, 1))
    assert measurement_periods(traject.pk) == [
        ("0-meting", D(2026, 1, 1)),
        ("1e meting", D(2026, 6, 1)),
    ]
    journey_entry(journey, D(2026, 6, 5), gesprek=2)
    assert [(p.label, p.n) for p in series(indicator).points] == [("0-meting", 1), ("1e meting", 1)]


@pytest.fixture
def mystery_indicator(goal):
    traject = goal.traject
    spring = mystery_round(traject, "Voorjaar 2026", ["Vindbaarheid", "Bejegening"])
    visits(spring, "Vindbaarheid", [5, 4, 4, 3, 2, 1, None])  # "does not apply" not counted
    visits(spring, "Bejegening", [5, 5, 5, 5, 5])  # another criterion
    autumn = mystery_round(traject, "Najaar 2026", ["Wachttijd", "vindbaarheid"])
    visits(autumn, "vindbaarheid", [5, 5, 4, 4, 4, 3, 2])  # same name, other case: matched
    mystery_round(traject, "Zonder vindbaarheid", ["Wachttijd"])  # left out
    mystery_round(traject, "Nog in concept", ["Vindbaarheid"], open_=False)  # a draft: left out
    winter = mystery_round(traject, "Winter 2026", ["Vindbaarheid"])
    visits(winter, "Vindbaarheid", [5, 5, 5, 5])  # 4 < 5: hidden
    elsewhere = mystery_round(
        TrajectFactory(municipality=traject.municipality), "Ander traject", ["Vindbaarheid"]
    )
    visits(elsewhere, "Vindbaarheid", [1, 1, 1, 1, 1])

    def make(measure, **fields):
        return services.save_indicator(
            goal=goal,
            name="Vindbaarheid volgens mystery guests",
            kind="gemeten",
            source="mysteryguest",
            criterion_name=" vindbaarheid ",
            measure=measure,
            direction="hoger",
            **fields,
        )

    return make


def test_mystery_mean_per_round(mystery_indicator):
    indicator = mystery_indicator("gemiddelde")
    assert indicator.criterion_name == "Vindbaarheid"  # stored as the traject names it
    result = series(indicator)
    spring, autumn = [5, 4, 4, 3, 2, 1], [5, 5, 4, 4, 4, 3, 2]
    assert [(p.label, p.value, p.n) for p in result.points] == [
        ("Voorjaar 2026", 3.17, 6),  # 19 / 6
        ("Najaar 2026", 3.86, 7),  # 27 / 7
        ("Winter 2026", None, 4),
    ]
    expected = stats.ttest_ind(spring, autumn, equal_var=False).pvalue
    assert result.points[1].p_value == pytest.approx(expected)
    assert not result.points[1].significant


def test_mystery_share_of_visits_meeting_the_criterion(mystery_indicator):
    result = series(mystery_indicator("aandeel"))
    # A score of 4 or 5 meets the criterion: 3 of 6 in spring, 5 of 7 in autumn.
    assert [(p.value, p.n) for p in result.points] == [(50.0, 6), (71.4, 7), (None, 4)]
    expected = stats.chi2_contingency([[3, 3], [5, 2]], correction=False).pvalue
    assert result.points[1].p_value == pytest.approx(expected)


def test_everything_below_the_minimum_shows_no_figure(goal, journey, settings):
    settings.SMALL_CELL_MINIMUM = 8
    for score in (2, 2, 1, 1, 1, 1, 0):
        journey_entry(journey, D(2026, 3, 1), gesprek=score)
    indicator = services.save_indicator(
        goal=goal,
        name="Het gesprek",
        kind="gemeten",
        source="klantreis",
        journey=journey,
        phase_key="gesprek",
        measure="aandeel",
    )
    result = series(indicator)
    assert [(p.value, p.n) for p in result.points] == [(None, 7)]
    assert result.latest is None and result.target_reached is None
    settings.SMALL_CELL_MINIMUM = 7
    assert series(indicator).points[0].value == pytest.approx(85.7)


def test_deleted_journey_leaves_an_indicator_without_figures(goal, journey):
    journey_entry(journey, D(2026, 3, 1), gesprek=1)
    indicator = services.save_indicator(
        goal=goal,
        name="Het gesprek",
        kind="gemeten",
        source="klantreis",
        journey=journey,
        phase_key="gesprek",
        measure="gemiddelde",
    )
    journey.delete()
    indicator.refresh_from_db()
    assert series(indicator).points == []


def test_goal_page_shows_journey_and_mystery_indicators(
    client, member_client, goal, journey_indicator, mystery_indicator
):
    journey_indicator("gemiddelde", target=1)
    mystery_indicator("aandeel")
    member_client(Role.ADVIESRAAD)
    page = client.get(f"/werkruimte/lindewaard/trajecten/{goal.traject_id}/doelen/")
    html = page.content.decode()
    with translation.override("nl"):
        phase = _("Mean score in the phase “%(phase)s” (from −2 to +2)") % {"phase": "Het gesprek"}
        criterion = _(
            "Share of mystery guest visits that meet “%(criterion)s” (a score of 4 or 5)"
        ) % {"criterion": "Vindbaarheid"}
        hidden = _("not enough responses")
    assert phase in html and criterion in html
    assert "1,17" in html and "0,43" in html  # journey means, Dutch decimal comma
    assert "71,4%" in html and "Najaar 2026" in html and "Winter 2026" in html
    assert html.count(hidden) == 2
    assert "Nog in concept" not in html


def test_demo_goal_tree_has_journey_and_mystery_figures(client):
    from samenspraak.actions.selectors import goal_tree
    from samenspraak.trajects.models import Traject

    call_command("load_demo")
    traject = Traject.objects.get(
        municipality__slug="lindewaard", title="Vindbare toegang tot de Wmo"
    )
    by_source = {}
    for node in goal_tree(traject):
        for child in node["children"]:
            for item in child["series"]:
                by_source.setdefault(item.indicator.source, []).append(item)
    measured = {
        source: [item for item in items if item.indicator.kind == Indicator.Kind.MEASURED]
        for source, items in by_source.items()
    }
    for source in (Indicator.Source.JOURNEY, Indicator.Source.MYSTERY):
        assert len(measured[source]) == 1
        assert measured[source][0].latest is not None, source  # a figure, not suppressed
    client.force_login(get_user_model().objects.get(email="adviesraad@lindewaard.example"))
    html = client.get(f"/werkruimte/lindewaard/trajecten/{traject.pk}/doelen/").content.decode()
    assert "Ik vraag om hulp" in html and "Duidelijke vervolgstap" in html
