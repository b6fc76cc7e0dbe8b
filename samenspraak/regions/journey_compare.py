"""The regional klantreis comparison: where residents of each member municipality get stuck on
their way to help, phase by phase, beside the region.

Only klantreizen told by clients count. A schaduwreis is a professional's observation of one
client: another perspective, usually only a handful per municipality, and mixing the two would
blur whose experience a figure shows. Only journeys in trajects a municipality shares with the
region (aggregaten or citaten) count, and never a concept journey.

Several journeys of one municipality are pooled: what counts is the municipality, not how it
split its routes. Phases are matched by their key (derived from the phase name), so a phase a
municipality does not use shows "not in this route" rather than a zero. Each cell follows the
small-cell rule on its own, and the region's figure pools only the cells that are shown, as in
the spiegel; unlike the spiegel it always needs two municipalities, since a phase only one
route has would otherwise make that municipality's figure the region's (and its stuck phase).
Anonymously the others appear as letters (dealt per viewer by the spiegel) without counts, and
names of member municipalities in phase names are replaced, so a custom phase cannot give a
letter away.

Per municipality the phase where people get stuck most is the shown phase with the lowest mean
score, provided it is below zero; a tie goes to the larger share of negative scores, then to the
earlier phase. A municipality differs strongly from the region at a phase when their means (as
shown, to one decimal) are at least ``DIFFERENCE`` apart.
"""

import re
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from samenspraak.journeys.models import Journey, JourneyEntry, PhaseExperience
from samenspraak.journeys.phases import default_phases

from . import selectors
from .spiegel import Column, _columns, region_column

# Three quarters of a point on the scale from -2 to +2: more than the usual rounding noise,
# less than a full step (from "neutral" to "bad").
DIFFERENCE = 0.75


def signed(value: float) -> str:
    """A mean as a resident reads it: one decimal, Dutch comma, and always a sign."""
    text = number_format(abs(value), 1)
    if round(value, 1) > 0:
        return f"+{text}"
    if round(value, 1) < 0:
        return f"\u2212{text}"
    return text


@dataclass
class Phase:
    key: str
    name: str
    number: int


@dataclass
class PhaseCell:
    mean: float | None  # None: hidden, not in the route, or no scores
    negative: float | None  # share of scores below zero, in percent
    n: int | None  # None: not shown (anonymised)
    status: str = "shown"  # shown, hidden, not_in_route, no_scores, few_municipalities
    stuck: bool = False
    differs: str = ""  # "lower" or "higher" than the region, or ""

    @property
    def mean_text(self) -> str:
        return signed(self.mean) if self.mean is not None else ""


@dataclass
class Summary:
    column: Column
    sentence: str
    stuck: Phase | None = None
    lower: list = field(default_factory=list)
    higher: list = field(default_factory=list)


@dataclass
class JourneyComparison:
    phases: list[Phase]
    columns: list[Column]  # the municipalities, then the region
    cells: dict  # (column index, phase key) -> PhaseCell
    journeys: dict  # column index -> number of klantreizen, only where it may be shown
    summaries: list[Summary]
    anonymous: bool

    def headers(self) -> list[tuple[Column, int | None]]:
        """Each column with its number of klantreizen where the viewer may see it."""
        return [(column, self.journeys.get(index)) for index, column in enumerate(self.columns)]

    def rows(self) -> list[tuple[Phase, list[PhaseCell]]]:
        """One row per phase, a cell per column."""
        return [
            (phase, [self.cells[(index, phase.key)] for index in range(len(self.columns))])
            for phase in self.phases
        ]

    def series(self) -> list[tuple[Column, list[PhaseCell]]]:
        """One line per column, a cell per phase: what the chart draws."""
        return [
            (column, [self.cells[(index, phase.key)] for phase in self.phases])
            for index, column in enumerate(self.columns)
        ]


STATUS_TEXT = {
    "hidden": "te weinig scores",
    "few_municipalities": "te weinig gemeenten",
    "not_in_route": "niet in deze route",
    "no_scores": "geen scores",
}
DIFFERS_TEXT = {"lower": "duidelijk lager dan de regio", "higher": "duidelijk hoger dan de regio"}


def compared_journeys(region):
    """Journeys the comparison reads: in shared trajects, and past the concept stage."""
    return (
        Journey.objects.filter(traject__in=selectors.shared_trajects(region))
        .exclude(status=Journey.Status.CONCEPT)
        .select_related("traject__municipality")
        .order_by("pk")
    )


def _route(journeys) -> list[dict]:
    """The phases of all routes in one order: the default route's, with each other phase placed
    right after the phase it follows in its own route."""
    order, names = [], {}
    for route in [list(default_phases())] + [journey.phases for journey in journeys]:
        previous = None
        for phase in route:
            key = phase["key"]
            if key not in names:
                names[key] = phase["name"]
                order.insert(order.index(previous) + 1 if previous else 0, key)
            previous = key
    used = {phase["key"] for journey in journeys for phase in journey.phases}
    return [{"key": key, "name": names[key]} for key in order if key in used]


def _tallies(journeys):
    """(municipality, phase key) -> {score: count}; one grouped query, klantreizen only."""
    rows = (
        PhaseExperience.objects.filter(
            entry__journey__in=journeys, entry__kind=JourneyEntry.Kind.KLANTREIS
        )
        .values("entry__journey__traject__municipality_id", "phase_key", "score")
        .annotate(n=Count("pk"))
        .values_list("entry__journey__traject__municipality_id", "phase_key", "score", "n")
        .order_by()
    )
    tallies = defaultdict(dict)
    for municipality_id, key, score, n in rows:
        tallies[(municipality_id, key)][score] = n
    return tallies


def _entry_counts(journeys) -> dict[int, int]:
    return dict(
        JourneyEntry.objects.filter(journey__in=journeys, kind=JourneyEntry.Kind.KLANTREIS)
        .values("journey__traject__municipality_id")
        .annotate(n=Count("pk"))
        .values_list("journey__traject__municipality_id", "n")
        .order_by()
    )


# Dutch words made from a place name: "Oosterbeemdse", "Oosterbeemders", "Oosterbeemd's".
_DERIVED = r"(?:s|se|er|ers|['’]s)?"


def _neutral(name: str, hide: list[str]) -> str:
    """Municipality names, and the words Dutch makes from them, become a neutral word."""
    for municipality in sorted(hide, key=len, reverse=True):
        pattern = rf"(?<!\w){re.escape(municipality)}{_DERIVED}(?!\w)"
        name = re.sub(pattern, _("the municipality"), name, flags=re.IGNORECASE)
    return name


def comparison(region, *, viewer_municipality_ids=(), anonymous=True):
    """The comparison as one viewer may see it, or None when fewer than two municipalities have
    klantreizen to compare."""
    journeys = list(compared_journeys(region))
    counts = _entry_counts(journeys)
    journeys = [j for j in journeys if counts.get(j.traject.municipality_id)]
    municipalities = {j.traject.municipality for j in journeys}
    if len(municipalities) < 2:
        return None
    own_ids = set(viewer_municipality_ids) & {m.pk for m in municipalities}
    columns = _columns(list(municipalities), own_ids=own_ids, anonymous=anonymous)
    hide = [m.name for m in municipalities if anonymous and m.pk not in own_ids]
    phases = [
        Phase(phase["key"], _neutral(phase["name"], hide), number)
        for number, phase in enumerate(_route(journeys), start=1)
    ]
    in_route = defaultdict(set)
    for journey in journeys:
        in_route[journey.traject.municipality_id].update(p["key"] for p in journey.phases)
    tallies = _tallies(journeys)
    region_index = len(columns)
    cells = {}
    for phase in phases:
        pooled = []
        for index, column in enumerate(columns):
            cell, scores = _cell(
                tallies.get((column.municipality_id, phase.key), {}),
                in_route=phase.key in in_route[column.municipality_id],
                shows_n=column.own or not anonymous,
            )
            if column.withheld:
                cell = PhaseCell(None, None, None, "few_municipalities")
            cells[(index, phase.key)] = cell
            if cell.status == "shown":
                pooled.append(scores)
        cells[(region_index, phase.key)] = _region_cell(pooled, anonymous)
    columns.append(region_column())
    _mark(phases, columns, cells)
    journey_counts = {
        index: counts[column.municipality_id]
        for index, column in enumerate(columns[:region_index])
        if column.own or not anonymous
    }
    return JourneyComparison(
        phases,
        columns,
        cells,
        journey_counts,
        [_summary(index, column, phases, cells) for index, column in enumerate(columns)],
        anonymous,
    )


def _figures(scores: dict) -> tuple[float, float, int]:
    n = sum(scores.values())
    mean = sum(score * count for score, count in scores.items()) / n
    negative = 100 * sum(count for score, count in scores.items() if score < 0) / n
    return mean, negative, n


def _cell(scores: dict, *, in_route: bool, shows_n: bool) -> tuple[PhaseCell, dict]:
    n = sum(scores.values())
    if not in_route and not n:
        return PhaseCell(None, None, None, "not_in_route"), {}
    if not n:
        return PhaseCell(None, None, None, "no_scores"), {}
    if n < settings.SMALL_CELL_MINIMUM:
        return PhaseCell(None, None, None, "hidden"), {}
    mean, negative, n = _figures(scores)
    return PhaseCell(round(mean, 1), round(negative), n if shows_n else None), scores


def _region_cell(pooled: list[dict], anonymous: bool) -> PhaseCell:
    """The region needs two municipalities: one alone would be its own figure again (and,
    anonymously, a figure the viewer could put a name to). Anonymously it also keeps its count
    to itself, as the viewer's own count subtracted from it would give the others'."""
    if not pooled:
        return PhaseCell(None, None, None, "hidden")
    if len(pooled) < 2:
        return PhaseCell(None, None, None, "few_municipalities")
    together = defaultdict(int)
    for scores in pooled:
        for score, count in scores.items():
            together[score] += count
    mean, negative, n = _figures(together)
    return PhaseCell(round(mean, 1), round(negative), None if anonymous else n)


def _mark(phases, columns, cells) -> None:
    """Mark each column's stuck phase and the phases where a municipality differs strongly."""
    region_index = len(columns) - 1
    for index in range(len(columns)):
        shown = [
            (cells[(index, p.key)], p) for p in phases if cells[(index, p.key)].status == "shown"
        ]
        if shown:
            lowest, _phase = min(shown, key=lambda item: (item[0].mean, -item[0].negative))
            if lowest.mean < 0:
                lowest.stuck = True
        if index == region_index:
            continue
        for cell, phase in shown:
            region = cells[(region_index, phase.key)]
            if region.status != "shown":
                continue
            gap = round(cell.mean - region.mean, 1)
            if abs(gap) >= DIFFERENCE:
                cell.differs = "lower" if gap < 0 else "higher"


def _quoted(phases) -> str:
    return ", ".join(f"“{phase.name}”" for phase in phases)


def _summary(index, column, phases, cells) -> Summary:
    """One sentence per column, so a screen reader user hears the gist without the chart."""
    own = [(p, cells[(index, p.key)]) for p in phases]
    stuck = next(((p, c) for p, c in own if c.stuck), None)
    lower = [p for p, c in own if c.differs == "lower"]
    higher = [p for p, c in own if c.differs == "higher"]
    if stuck:
        phase, cell = stuck
        sentence = _(
            "%(who)s: people get stuck most at “%(phase)s” "
            "(mean %(mean)s, %(negative)s%% negative)."
        ) % {
            "who": column.label,
            "phase": phase.name,
            "mean": cell.mean_text,
            "negative": cell.negative,
        }
    elif any(c.status == "shown" for _p, c in own):
        sentence = _("%(who)s: no phase scores below zero on average.") % {"who": column.label}
    else:
        sentence = _("%(who)s: too few scores to say where people get stuck.") % {
            "who": column.label
        }
    if lower:
        sentence += " " + _("Clearly lower than the region at %(phases)s.") % {
            "phases": _quoted(lower)
        }
    if higher:
        sentence += " " + _("Clearly higher than the region at %(phases)s.") % {
            "phases": _quoted(higher)
        }
    return Summary(column, sentence, stuck[0] if stuck else None, lower, higher)


def table_rows(found: JourneyComparison):
    """The comparison as spreadsheet rows for the regional meeting: the figures and letters the
    viewer sees, and the remarks in words."""
    from samenspraak.core.spreadsheets import safe_cell

    yield [
        "stap",
        "fase",
        "gemeente",
        "gemiddelde score (-2 tot +2)",
        "aandeel negatief (%)",
        "n",
        "opmerking",
    ]
    for phase, line in found.rows():
        for column, cell in zip(found.columns, line, strict=True):
            remarks = [STATUS_TEXT[cell.status]] if cell.status != "shown" else []
            if cell.stuck:
                remarks.append("hier lopen mensen het meest vast")
            if cell.differs:
                remarks.append(DIFFERS_TEXT[cell.differs])
            yield [
                phase.number,
                safe_cell(phase.name),
                safe_cell(str(column.label)),
                cell.mean if cell.mean is not None else "",
                cell.negative if cell.negative is not None else "",
                cell.n if cell.n is not None else "",
                "; ".join(remarks),
            ]
