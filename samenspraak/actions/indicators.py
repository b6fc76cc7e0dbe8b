"""Indicator figures per measurement, and whether a change is larger than chance would give.

A measured indicator reads one of three sources. Each gives a list of valid values per round;
from there every source is treated alike (see ``docs/indicators.md``).

- **A question of an instrument**, per instrument round: the share of valid answers that count
  as positive (proportions), or the mean of numeric answers. "Weet niet / n.v.t." and empty
  answers are not valid.
- **A phase of a client journey**: the scores (−2 … +2) given to that phase; the mean, or the
  share of positive scores (+1 or +2). A skipped phase gives no score. Journeys have no rounds
  of their own and no field that says which measurement an entry belongs to, so an entry counts
  for the *traject's measurement* that had started on the day it was submitted: the latest one
  whose start date is on or before ``JourneyEntry.submitted_on``. A traject measurement is the
  set of instrument rounds with the same number (``trajects.services.start_new_round`` starts
  that number for every published questionnaire at once); it starts on the earliest
  ``Round.started_on`` of that set and carries that round's name. Entries from before the
  first measurement started count for the first one, the baseline. A traject without
  questionnaires has a single measurement, the baseline. Client journeys and shadow journeys
  count alike, as in the journey's average curve.
- **A mystery guest criterion**: every mystery guest round of the traject that is no longer a
  draft is a round, in the order the rounds were made. Criteria belong to one round, so the
  indicator keeps the criterion's *name* and finds the criterion with that name in each round,
  ignoring case and surrounding spaces; a round without it is left out, and a renamed criterion
  is a new one. A visit scores a criterion from 1 to 5 or "does not apply" (no score, not
  counted). The mean, or the share of visits that meet the criterion: a score of 4 or 5, the
  points the visit form calls good and very good (``mystery.forms.SCORES``).

A round with fewer valid values than the small-cell minimum shows no figure. Mystery guests are
staff and make few visits, but nothing in the mystery guest code exempts them from the minimum,
and the goal tree is also read by the advisory council, so the same minimum applies. Each later
round is compared with the baseline (the first round with a figure): proportions with a
two-sided two-proportion z-test, means with Welch's t-test. Counted indicators are figures
staff enter; they get no test.
"""

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _
from scipy import stats

from samenspraak.instruments.questionnaire import UNKNOWN
from samenspraak.responses.models import Answer, Response

from .models import Indicator

SIGNIFICANCE = 0.05
JOURNEY_POSITIVE = 1  # a phase score of +1 ("good") or +2 ("very good") counts as positive
MYSTERY_MEETS = 4  # a criterion score of 4 ("good") or 5 ("very good") meets the criterion


@dataclass
class Point:
    label: str
    value: float | None  # None: not enough answers
    n: int | None
    sd: float | None = None
    p_value: float | None = None  # against the baseline

    @property
    def significant(self) -> bool:
        return self.p_value is not None and self.p_value < SIGNIFICANCE


@dataclass
class Series:
    indicator: Indicator
    points: list[Point]

    @property
    def latest(self) -> Point | None:
        shown = [p for p in self.points if p.value is not None]
        return shown[-1] if shown else None

    @property
    def target_reached(self) -> bool | None:
        latest, target = self.latest, self.indicator.target
        if latest is None or target is None:
            return None
        if self.indicator.direction == Indicator.Direction.UP:
            return latest.value >= float(target)
        return latest.value <= float(target)

    @property
    def description(self) -> str:
        return describe(self.indicator)


def two_proportion_p(k1: int, n1: int, k2: int, n2: int) -> float | None:
    """Two-sided p-value of the pooled two-proportion z-test."""
    pooled = (k1 + k2) / (n1 + n2)
    spread = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    if spread == 0:
        return None
    z = (k2 / n2 - k1 / n1) / spread
    return float(2 * stats.norm.sf(abs(z)))


def welch_p(mean1, sd1, n1, mean2, sd2, n2) -> float | None:
    if n1 < 2 or n2 < 2 or (sd1 == 0 and sd2 == 0):
        return None
    result = stats.ttest_ind_from_stats(mean1, sd1, n1, mean2, sd2, n2, equal_var=False)
    return float(result.pvalue)


def _valid(values):
    for value in values:
        if value in (None, "", UNKNOWN) or isinstance(value, (list, dict)):
            continue
        yield value


def _point(indicator: Indicator, label: str, values: list, is_positive: Callable) -> tuple:
    """One round's figure (suppressed below the minimum) and what the test of change needs:
    (k, n) for a share, (mean, sd, n) for a mean."""
    minimum = settings.SMALL_CELL_MINIMUM
    if indicator.measure == Indicator.Measure.SHARE:
        n = len(values)
        k = sum(1 for value in values if is_positive(value))
        value = round(100 * k / n, 1) if n >= minimum else None
        return Point(label, value, n), (k, n)
    numbers = [float(v) for v in values if _is_number(v)]
    n = len(numbers)
    mean = sum(numbers) / n if n else None
    sd = math.sqrt(sum((x - mean) ** 2 for x in numbers) / (n - 1)) if n >= 2 else None
    shown = n >= minimum
    point = Point(
        label,
        round(mean, 2) if shown else None,
        n,
        round(sd, 2) if shown and sd is not None else None,
    )
    return point, (mean, sd, n)


def _series(indicator: Indicator, rounds: Iterable[tuple[str, list]], is_positive) -> Series:
    points, raw = [], []
    for label, values in rounds:
        point, figures = _point(indicator, label, values, is_positive)
        points.append(point)
        raw.append(figures)
    _compare(indicator, points, raw)
    return Series(indicator, points)


def measured_series(indicator: Indicator) -> Series:
    """A closed question of an instrument, per instrument round."""
    instrument = indicator.instrument
    positive = {str(v) for v in indicator.positive_values}
    rounds = []
    for round_ in instrument.rounds.order_by("number"):
        values = _valid(
            Answer.objects.filter(
                response__instrument=instrument,
                response__round=round_,
                response__status=Response.Status.COMPLETE,
                question_key=indicator.question_key,
            ).values_list("value", flat=True)
        )
        rounds.append((round_.name, list(values)))
    return _series(indicator, rounds, lambda value: str(value) in positive)


def measurement_periods(traject_id: int) -> list[tuple[str, object]]:
    """The traject's measurements as (name, start date), in order of their number.

    Instrument rounds with the same number are one measurement; it starts on the earliest
    start date among them and is named after that round.
    """
    from samenspraak.instruments.models import Round

    periods: dict[int, tuple[str, object]] = {}
    for number, name, started_on in (
        Round.objects.filter(instrument__traject_id=traject_id)
        .order_by("number", "started_on", "pk")
        .values_list("number", "name", "started_on")
    ):
        periods.setdefault(number, (name, started_on))
    return [periods[number] for number in sorted(periods)]


def period_index(starts: list, day) -> int:
    """The latest measurement that had started on ``day``; before the first, the first."""
    started = [index for index, start in enumerate(starts) if start <= day]
    return max(started) if started else 0


def journey_series(indicator: Indicator) -> Series:
    """The scores of one journey phase, per traject measurement."""
    from samenspraak.journeys.models import PhaseExperience

    periods = measurement_periods(indicator.goal.traject_id)
    labels = [name for name, _start in periods] or [_("Baseline (0-meting)")]
    starts = [start for _name, start in periods]
    grouped: list[list[int]] = [[] for _label in labels]
    for submitted_on, score in PhaseExperience.objects.filter(
        entry__journey_id=indicator.journey_id, phase_key=indicator.phase_key
    ).values_list("entry__submitted_on", "score"):
        grouped[period_index(starts, submitted_on)].append(score)
    return _series(
        indicator,
        list(zip(labels, grouped, strict=True)),
        lambda score: score >= JOURNEY_POSITIVE,
    )


def same_criterion(name: str, other: str) -> bool:
    return name.strip().casefold() == other.strip().casefold()


def mystery_series(indicator: Indicator) -> Series:
    """The scores on one criterion (matched by name), per mystery guest round of the traject."""
    from samenspraak.mystery.models import Criterion, MysteryRound, VisitScore

    rounds = (
        MysteryRound.objects.filter(traject_id=indicator.goal.traject_id)
        .exclude(status=MysteryRound.Status.CONCEPT)
        .order_by("created_at", "pk")
    )
    criteria = {
        pk: round_pk
        for pk, round_pk, name in Criterion.objects.filter(round__in=rounds).values_list(
            "pk", "round_id", "name"
        )
        if same_criterion(name, indicator.criterion_name)
    }
    scores: dict[int, list[int]] = {round_pk: [] for round_pk in criteria.values()}
    for criterion_pk, score in VisitScore.objects.filter(criterion__in=criteria).values_list(
        "criterion_id", "score"
    ):
        scores[criteria[criterion_pk]].append(score)
    return _series(
        indicator,
        [(r.title, scores[r.pk]) for r in rounds if r.pk in scores],
        lambda score: score >= MYSTERY_MEETS,
    )


def _compare(indicator, points, raw) -> None:
    baseline = next((i for i, p in enumerate(points) if p.value is not None), None)
    if baseline is None:
        return
    for index in range(baseline + 1, len(points)):
        if points[index].value is None:
            continue
        if indicator.measure == Indicator.Measure.SHARE:
            (k1, n1), (k2, n2) = raw[baseline], raw[index]
            points[index].p_value = two_proportion_p(k1, n1, k2, n2)
        else:
            points[index].p_value = welch_p(*raw[baseline], *raw[index])


def _is_number(value) -> bool:
    try:
        float(value)
    except (TypeError, ValueError):
        return False
    return True


def counted_series(indicator: Indicator) -> Series:
    return Series(
        indicator,
        [Point(v.label, float(v.value), None) for v in indicator.values.all()],
    )


def series(indicator: Indicator) -> Series:
    if indicator.kind == Indicator.Kind.MEASURED:
        source = indicator.source
        if source == Indicator.Source.JOURNEY and indicator.journey_id:
            return journey_series(indicator)
        if source == Indicator.Source.MYSTERY and indicator.criterion_name:
            return mystery_series(indicator)
        if source == Indicator.Source.INSTRUMENT and indicator.instrument_id:
            return measured_series(indicator)
        return Series(indicator, [])  # what it read was deleted
    return counted_series(indicator)


def phase_name(journey, phase_key: str) -> str:
    phases = journey.phases if journey is not None else []
    return next((p["name"] for p in phases if p.get("key") == phase_key), phase_key)


def describe(indicator: Indicator) -> str:
    """What the figure is, in a line: "Mean score in the phase “Ik vraag om hulp”"."""
    share = indicator.measure == Indicator.Measure.SHARE
    if indicator.kind != Indicator.Kind.MEASURED:
        return str(indicator.get_kind_display())
    if indicator.source == Indicator.Source.JOURNEY:
        values = {"phase": phase_name(indicator.journey, indicator.phase_key)}
        if share:
            text = _("Share of positive scores (+1 or +2) in the phase “%(phase)s”") % values
        else:
            text = _("Mean score in the phase “%(phase)s” (from −2 to +2)") % values
        if indicator.journey is not None:
            text += " · " + _("client journey “%(title)s”") % {"title": indicator.journey.title}
        return text
    if indicator.source == Indicator.Source.MYSTERY:
        values = {"criterion": indicator.criterion_name}
        if share:
            return (
                _("Share of mystery guest visits that meet “%(criterion)s” (a score of 4 or 5)")
                % values
            )
        return _("Mean mystery guest score on “%(criterion)s” (from 1 to 5)") % values
    return f"{indicator.get_kind_display()}: {str(indicator.get_measure_display()).lower()}"
