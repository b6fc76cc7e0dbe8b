"""The spiegel: a questionnaire several member municipalities ran from the same template, compared
per question — each municipality's figure beside the region's, per measurement.

Only aggregates, and only of trajects a municipality shares with the region. A question counts
for a municipality only when its questionnaire still asks it in the template's words (with the
municipality's name filled in): a reworded question is not comparable. Each figure passes the
small-cell rule on its own; the region's figure pools the municipalities that are shown, so a
hidden one cannot be worked out from the region minus the others.

When the region compares anonymously, a viewer sees their own municipality by name and the
others as "Gemeente A, B, …", without their numbers of answers (a count can give a municipality
away). The region's figure then needs two municipalities and shows no count either: one
municipality alone would be its own figure, and a viewer could subtract their own count from
the region's. The letters are dealt per viewer in an order taken from a keyed hash, so they
follow neither names, sizes nor another viewer's letters.
"""

import hashlib
import hmac
import string
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _

from samenspraak.insights.dashboards import closed_parts
from samenspraak.instruments.models import Instrument, Round
from samenspraak.instruments.templates_catalogue import (
    PAIRED_STATEMENT_TYPES,
    personalise,
    templates,
)
from samenspraak.responses.tallies import answer_tallies

from . import selectors

POSITIVE = {"4", "5"}
FIVE_POINTS = {"1", "2", "3", "4", "5"}
# Questions compared as the share of 4–5 or "ja": the same types a paired set may hold.
SHARE_TYPES = PAIRED_STATEMENT_TYPES


@dataclass
class Cell:
    value: float | None  # None: hidden (too few answers) or not asked
    n: int | None  # None: not shown (anonymised)
    status: str = "shown"  # shown, hidden, not_comparable, no_answers


@dataclass
class Column:
    label: str
    own: bool = False
    region: bool = False
    municipality_id: int | None = field(default=None, repr=False)
    # Anonymously, the only other municipality beside the viewer's own: a letter cannot hide
    # which member that is, so its figures are not shown.
    withheld: bool = False


@dataclass
class Row:
    key: str
    text: str
    measure: str  # "share" or "mean"
    cells: dict  # (column index, round number) -> Cell


@dataclass
class Comparison:
    template_key: str
    title: str
    rounds: list[int]
    columns: list[Column]
    rows: list[Row]
    anonymous: bool
    regional: object | None = None  # the regional traject it is narrowed to, if any

    @property
    def round_labels(self) -> list[tuple[int, str]]:
        return [(number, round_label(number)) for number in self.rounds]

    def table(self, row: Row) -> list[dict]:
        """One line per column (municipality, then the region), a cell per measurement."""
        return [
            {
                "column": column,
                "cells": [row.cells[(index, number)] for number in self.rounds],
            }
            for index, column in enumerate(self.columns)
        ]


def round_label(number: int) -> str:
    return _("%(n)s-meting") % {"n": number}


STATUS_TEXT = {
    "hidden": "te weinig antwoorden",
    "few_municipalities": "te weinig gemeenten",
    "not_comparable": "anders gevraagd",
    "no_answers": "geen antwoorden",
}


def table_rows(found: Comparison):
    """The comparison as spreadsheet rows, for the regional meeting: the same figures the
    viewer sees, with the same names or letters."""
    from samenspraak.core.spreadsheets import safe_cell

    header = ["vraag", "maat", "gemeente"]
    for _number, label in found.round_labels:
        header += [label, f"{label} n"]
    yield header
    for row in found.rows:
        measure = "aandeel 4-5 of ja (%)" if row.measure == "share" else "gemiddelde"
        for line in found.table(row):
            cells = [safe_cell(row.text), measure, safe_cell(line["column"].label)]
            for cell in line["cells"]:
                shown = cell.value if cell.status == "shown" else STATUS_TEXT[cell.status]
                cells += [shown, cell.n if cell.n is not None else ""]
            yield cells


def comparable_templates(region) -> list[tuple[str, str, int]]:
    """Templates that at least two member municipalities ran in shared trajects."""
    counts = defaultdict(set)
    for key, municipality_id in _instruments(region).values_list(
        "template_key", "traject__municipality_id"
    ):
        counts[key].add(municipality_id)
    catalogue = templates()
    return sorted(
        (key, catalogue[key].definition.get("title", key), len(municipalities))
        for key, municipalities in counts.items()
        if len(municipalities) >= 2 and key in catalogue
    )


def _instruments(region, template_key: str | None = None, trajects=None):
    instruments = Instrument.objects.filter(
        traject__in=selectors.shared_trajects(region) if trajects is None else trajects,
        kind=Instrument.Kind.VRAGENLIJST,
    ).exclude(status=Instrument.Status.CONCEPT)
    if template_key:
        return instruments.filter(template_key=template_key)
    return instruments.exclude(template_key="")


def _parts(definition) -> dict[str, tuple[str, str, str]]:
    """Comparable questions: key → (text, measure, kind)."""
    parts = {}
    for key, text, question in closed_parts(definition):
        kind = question["type"]
        if kind == "matrix" or kind in SHARE_TYPES:
            parts[key] = (text, "share", kind)
        elif kind == "mark_1_10":
            parts[key] = (text, "mean", kind)
    return parts


def region_column() -> Column:
    """The region's own column, beside the municipalities: it pools those that are shown."""
    return Column(_("Region (municipalities shown)"), region=True)


def _letters(viewer_id: int | None, others: list) -> dict[int, str]:
    def order(municipality):
        message = f"{viewer_id or 0}:{municipality.pk}".encode()
        return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()

    letters = {}
    for index, municipality in enumerate(sorted(others, key=order)):
        letters[municipality.pk] = _("Municipality %(letter)s") % {
            "letter": string.ascii_uppercase[index % 26] * (1 + index // 26)
        }
    return letters


def ordered_columns(municipalities, *, own_ids: set[int], anonymous: bool) -> list[tuple]:
    """(municipality, label, own) per column: the viewer's own by name first, then the others
    by letter when anonymous, else by name. Every regional comparison orders and labels its
    columns this way, so a viewer meets the same letters everywhere."""
    own = [m for m in municipalities if m.pk in own_ids]
    others = [m for m in municipalities if m.pk not in own_ids]
    if anonymous:
        letters = _letters(min(own_ids) if own_ids else None, others)
        labelled = sorted(((m, letters[m.pk]) for m in others), key=lambda pair: pair[1])
    else:
        labelled = [(m, m.name) for m in sorted(others, key=lambda m: m.name)]
    return [(m, m.name, True) for m in own] + [(m, label, False) for m, label in labelled]


def _columns(municipalities, *, own_ids: set[int], anonymous: bool) -> list[Column]:
    ordered = ordered_columns(municipalities, own_ids=own_ids, anonymous=anonymous)
    others = sum(not own for _m, _label, own in ordered)
    alone = anonymous and others == 1 and others < len(ordered)
    return [
        Column(label, own=own, municipality_id=m.pk, withheld=alone and not own)
        for m, label, own in ordered
    ]


def _tallies(instruments, keys):
    """(municipality, round number, key) → answers per value, from each instrument's stored
    tally (``responses.tallies``): a page view reads a few rows, not millions of answers."""
    numbers = dict(Round.objects.filter(instrument__in=instruments).values_list("pk", "number"))
    municipality_of = {i.pk: i.traject.municipality_id for i in instruments}
    tallies = defaultdict(lambda: defaultdict(int))
    for instrument_id, counts in answer_tallies(instruments).items():
        for (round_id, key, value), n in counts.items():
            if key in keys:
                number = numbers.get(round_id) or 0
                tallies[(municipality_of[instrument_id], number, key)][value] += n
    return tallies


def _figure(counter, measure: str) -> tuple[float | None, int, int]:
    """(figure, valid answers, positive or summed): "weet niet" and empty do not count."""
    if measure == "share":
        valid = {v: n for v, n in counter.items() if v in FIVE_POINTS or v in ("ja", "nee")}
        total = sum(valid.values())
        positive = sum(n for v, n in valid.items() if v in POSITIVE or v == "ja")
        return (100 * positive / total if total else None), total, positive
    numbers = {}
    for value, n in counter.items():
        try:
            numbers[float(value)] = numbers.get(float(value), 0) + n
        except ValueError:
            continue
    total = sum(numbers.values())
    summed = sum(value * n for value, n in numbers.items())
    return (summed / total if total else None), total, summed


def asked_as_template(instrument, wordings: dict[str, str]) -> dict[str, bool]:
    """Key → whether the instrument still asks it in the template's words (with the
    municipality's name filled in): a reworded question is not comparable."""
    asked = _parts(instrument.current_version.definition)
    name = instrument.traject.municipality.name
    return {
        key: key in asked and asked[key][0] == personalise(text, name)
        for key, text in wordings.items()
    }


def figure_cell(counter, measure: str, *, column, comparable: bool, anonymous: bool, left_out=None):
    """One municipality's cell, with its unrounded figure and what it adds to the region's
    (valid answers, positive or summed), which is nothing unless it is shown. ``left_out``: the
    answers a narrowed comparison leaves out, which must pass the small-cell rule too."""
    minimum = settings.SMALL_CELL_MINIMUM
    value, total, summed = _figure(counter, measure)
    if column.withheld:
        status = "few_municipalities"
    elif not comparable:
        status = "not_comparable"
    elif total == 0:
        status = "no_answers"
    elif total < minimum or 0 < _figure(left_out or {}, measure)[1] < minimum:
        status = "hidden"
    else:
        n = total if column.own or not anonymous else None
        return Cell(round(value, 1), n), value, total, summed
    return Cell(None, None, status), None, 0, 0


def _region_cell(pooled: int, total: int, summed: float, measure: str, anonymous: bool) -> Cell:
    """Anonymously, the region needs two municipalities (one alone would be its own figure)
    and keeps its count to itself (own count subtracted from it would give the others')."""
    if not total:
        return Cell(None, None, "hidden")
    if anonymous and pooled < 2:
        return Cell(None, None, "few_municipalities")
    value = summed / total * (100 if measure == "share" else 1)
    return Cell(round(value, 1), None if anonymous else total)


def _remainders(region, template_key, municipalities, instruments, keys):
    """What narrowing leaves out, per (municipality, round number, key): the answers of the
    municipality's other shared trajects with this questionnaire. The full comparison minus the
    narrowed one would show exactly these, so they must pass the small-cell rule too."""
    others = list(
        _instruments(region, template_key)
        .filter(traject__municipality__in=[m.pk for m in municipalities])
        .exclude(pk__in=[i.pk for i in instruments])
        .select_related("traject")
    )
    return _tallies(others, keys) if others else {}


def comparison(
    region, template_key: str, *, viewer_municipality_ids=(), anonymous=True, trajects=None
):
    """``trajects`` narrows the comparison to some shared trajects, e.g. a regional traject's
    participants; it never widens it beyond what is shared. A narrowed figure is hidden when the
    municipality's left-out answers are too few to show: the difference with the full
    comparison would give them away."""
    catalogue = templates()
    if template_key not in catalogue:
        return None
    definition = catalogue[template_key].definition
    instruments = list(
        _instruments(region, template_key, trajects).select_related(
            "traject__municipality", "current_version"
        )
    )
    municipalities = {i.traject.municipality for i in instruments}
    if len(municipalities) < 2:
        return None
    parts = _parts(definition)
    comparable = {}  # (municipality, key) → asked in the template's words
    wordings = {key: text for key, (text, _measure, _kind) in parts.items()}
    for instrument in instruments:
        municipality_id = instrument.traject.municipality_id
        for key, ok in asked_as_template(instrument, wordings).items():
            comparable[(municipality_id, key)] = comparable.get((municipality_id, key)) or ok
    own_ids = set(viewer_municipality_ids) & {m.pk for m in municipalities}
    columns = _columns(list(municipalities), own_ids=own_ids, anonymous=anonymous)
    region_index = len(columns)
    columns.append(region_column())
    tallies = _tallies(instruments, list(parts))
    left_out = (
        _remainders(region, template_key, municipalities, instruments, list(parts))
        if trajects is not None
        else {}
    )
    rounds = sorted({number for (_m, number, _k) in tallies}) or [0]
    rows = []
    for key, (text, measure, _kind) in parts.items():
        cells = {}
        for number in rounds:
            pooled_total, pooled_sum, pooled = 0, 0, 0
            for index, column in enumerate(columns[:region_index]):
                where = (column.municipality_id, number, key)
                cell, _value, total, summed = figure_cell(
                    tallies.get(where, {}),
                    measure,
                    column=column,
                    comparable=bool(comparable.get((column.municipality_id, key))),
                    anonymous=anonymous,
                    left_out=left_out.get(where),
                )
                cells[(index, number)] = cell
                if cell.status == "shown":
                    pooled_total += total
                    pooled_sum += summed
                    pooled += 1
            cells[(region_index, number)] = _region_cell(
                pooled, pooled_total, pooled_sum, measure, anonymous
            )
        rows.append(Row(key, personalise(text, _("the municipality")), measure, cells))
    return Comparison(
        template_key,
        definition.get("title", template_key),
        rounds,
        columns,
        rows,
        anonymous,
    )
