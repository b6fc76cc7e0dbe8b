"""Indicator figures per measurement, and whether a change is larger than chance would give.

A measured indicator reads one question of an instrument per round: the share of valid answers
that count as positive (proportions), or the mean of numeric answers. "Weet niet / n.v.t." and
empty answers are not valid. A round with fewer valid answers than the small-cell minimum shows
no figure. Each later round is compared with the baseline (the first round with a figure):
proportions with a two-sided two-proportion z-test, means with Welch's t-test. Counted
indicators are figures staff enter; they get no test.
"""

import math
from dataclasses import dataclass

from django.conf import settings
from scipy import stats

from samenspraak.instruments.questionnaire import UNKNOWN
from samenspraak.responses.models import Answer, Response

from .models import Indicator

SIGNIFICANCE = 0.05


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


def measured_series(indicator: Indicator) -> Series:
    minimum = settings.SMALL_CELL_MINIMUM
    instrument = indicator.instrument
    points: list[Point] = []
    raw = []  # per round: (k, n) or (mean, sd, n), for the tests
    for round_ in instrument.rounds.order_by("number"):
        values = list(
            _valid(
                Answer.objects.filter(
                    response__instrument=instrument,
                    response__round=round_,
                    response__status=Response.Status.COMPLETE,
                    question_key=indicator.question_key,
                ).values_list("value", flat=True)
            )
        )
        n = len(values)
        if indicator.measure == Indicator.Measure.SHARE:
            positive = {str(v) for v in indicator.positive_values}
            k = sum(str(v) in positive for v in values)
            value = round(100 * k / n, 1) if n >= minimum else None
            points.append(Point(round_.name, value, n))
            raw.append((k, n))
        else:
            numbers = [float(v) for v in values if _is_number(v)]
            n = len(numbers)
            mean = sum(numbers) / n if n else None
            sd = math.sqrt(sum((x - mean) ** 2 for x in numbers) / (n - 1)) if n >= 2 else None
            shown = n >= minimum
            points.append(
                Point(
                    round_.name,
                    round(mean, 2) if shown else None,
                    n,
                    round(sd, 2) if shown and sd is not None else None,
                )
            )
            raw.append((mean, sd, n))
    _compare(indicator, points, raw)
    return Series(indicator, points)


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
    if indicator.kind == Indicator.Kind.MEASURED and indicator.instrument_id:
        return measured_series(indicator)
    return counted_series(indicator)
