"""Mystery guest criteria compared across the region: per criterion, the share of visits that
met it (a score of 4 or 5) in each municipality beside the region.

A criterion counts when mystery guest rounds of at least two municipalities score it, in
trajects they share with the region; criteria are matched by name, ignoring case and spaces
around it, as the goal-tree indicators do (``actions.indicators.same_criterion``). The rules
are the spiegel's: each municipality's figure follows the small-cell rule on its own (visits
are few, so "too few visits" is common), the region's figure pools the municipalities shown,
and anonymously the others are letters dealt per viewer, without their numbers of visits, and
the region needs two municipalities. Only figures: never a guest, a location, a remark or a
single visit.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings

from samenspraak.actions.indicators import MYSTERY_MEETS
from samenspraak.core.spreadsheets import safe_cell
from samenspraak.mystery.models import MysteryRound, VisitScore

from . import selectors
from .spiegel import Cell, Column, _columns, _region_cell, region_column

STATUS_TEXT = {
    "hidden": "te weinig bezoeken",
    "few_municipalities": "te weinig gemeenten",
    "not_scored": "niet in de ronde",
}


@dataclass
class CriterionRow:
    name: str
    lines: list[tuple[Column, Cell]]  # one per municipality, the region last


@dataclass
class MysteryComparison:
    columns: list[Column]
    rows: list[CriterionRow]
    anonymous: bool


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _scores(region) -> tuple[dict, dict, dict]:
    """(municipality id, criterion key) → scores; key → the name first used; id → municipality."""
    rounds = MysteryRound.objects.filter(traject__in=selectors.shared_trajects(region)).exclude(
        status=MysteryRound.Status.CONCEPT
    )
    scores, names, municipalities = defaultdict(list), {}, {}
    for municipality, name, score in (
        VisitScore.objects.filter(criterion__round__in=rounds)
        .values_list("criterion__round__municipality_id", "criterion__name", "score")
        .order_by("criterion__round__created_at", "criterion__position", "pk")
    ):
        names.setdefault(_key(name), " ".join(name.split()))
        scores[(municipality, _key(name))].append(score)
    for round_ in rounds.select_related("municipality"):
        municipalities[round_.municipality_id] = round_.municipality
    return scores, names, municipalities


def comparison(region, *, viewer_municipality_ids=(), anonymous=True) -> MysteryComparison | None:
    scores, names, municipalities = _scores(region)
    scored_by = defaultdict(set)
    for municipality_id, key in scores:
        scored_by[key].add(municipality_id)
    keys = [key for key in names if len(scored_by[key]) >= 2]
    shown = {m for key in keys for m in scored_by[key]}
    if len(shown) < 2:
        return None
    own_ids = set(viewer_municipality_ids) & shown
    columns = _columns([municipalities[pk] for pk in shown], own_ids=own_ids, anonymous=anonymous)
    minimum = settings.SMALL_CELL_MINIMUM
    rows = []
    for key in keys:
        cells, total, met, pooled = [], 0, 0, 0
        for column in columns:
            found = scores.get((column.municipality_id, key), [])
            meets = sum(score >= MYSTERY_MEETS for score in found)
            if column.withheld:
                cells.append(Cell(None, None, "few_municipalities"))
            elif not found:
                cells.append(Cell(None, None, "not_scored"))
            elif len(found) < minimum:
                cells.append(Cell(None, None, "hidden"))
            else:
                shows_n = column.own or not anonymous
                value = round(100 * meets / len(found), 1)
                cells.append(Cell(value, len(found) if shows_n else None))
                total, met, pooled = total + len(found), met + meets, pooled + 1
        cells.append(_region_cell(pooled, total, met, "share", anonymous))
        rows.append((names[key], cells))
    columns.append(region_column())
    return MysteryComparison(
        columns,
        [CriterionRow(name, list(zip(columns, cells, strict=True))) for name, cells in rows],
        anonymous,
    )


def table_rows(found: MysteryComparison):
    """The comparison as spreadsheet rows, with the names or letters the viewer sees."""
    yield ["criterium", "gemeente", "aandeel 4-5 (%)", "bezoeken"]
    for row in found.rows:
        for column, cell in row.lines:
            shown = cell.value if cell.status == "shown" else STATUS_TEXT[cell.status]
            yield [
                safe_cell(row.name),
                safe_cell(str(column.label)),
                shown,
                cell.n if cell.n is not None else "",
            ]
