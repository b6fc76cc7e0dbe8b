"""Paired questionnaires in the style of the (O)ggz-spiegel: the same statements put to two or
more groups (clients and professionals, or clients and relatives), set side by side per
statement, per municipality and for the region, with the gap between the groups.

The figure per group is the spiegel's: the share that agrees (4 or 5), "weet niet" and empty
answers not counted. The gap is another group's figure minus the first group's (position 1 in
the template data, the clients), in percentage points, worked out from the unrounded figures. A
gap of at least ``GAP_THRESHOLD`` points either way is marked as large: that is where the groups
see the same thing differently enough to talk about it at the regional meeting.

Everything the spiegel promises holds here too, per group: only trajects a municipality shares
with the region, only statements still asked in the template's words, the small-cell rule per
group per municipality (a gap only when both of its figures are shown), the region pooling only
the municipalities that are shown, and, when the region compares anonymously, the other
municipalities as letters without their counts and a region figure that needs two
municipalities and shows no count.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.utils.translation import gettext as _

from samenspraak.instruments.questionnaire import iter_questions
from samenspraak.instruments.templates_catalogue import paired_sets, personalise, templates

from .spiegel import (
    STATUS_TEXT,
    Cell,
    Column,
    _columns,
    _instruments,
    _parts,
    _region_cell,
    _tallies,
    asked_as_template,
    figure_cell,
    region_column,
    round_label,
)

GAP_THRESHOLD = 15  # percentage points, either way


@dataclass
class Gap:
    value: float | None  # None: one of the two figures is not shown
    large: bool = False


@dataclass
class Line:
    column: Column
    cells: list[Cell]  # one per group, in the order of the comparison's groups
    gaps: list[Gap]  # one per group after the first


@dataclass
class RoundTable:
    number: int
    label: str
    lines: list[Line]


@dataclass
class Statement:
    key: str
    wordings: list[tuple[str, str]]  # (group label, the statement in that group's words)
    tables: list[RoundTable]

    @property
    def text(self) -> str:
        return self.wordings[0][1]


@dataclass
class PairedComparison:
    set_key: str
    title: str
    groups: list  # PairedGroup, the reference group first
    rounds: list[int]
    columns: list[Column]
    statements: list[Statement]
    anonymous: bool
    threshold: int = GAP_THRESHOLD

    @property
    def reference(self):
        return self.groups[0]

    @property
    def others(self):
        return self.groups[1:]


def _set_instruments(region, paired_set):
    return _instruments(region).filter(template_key__in=paired_set.template_keys)


def comparable_sets(region) -> list[tuple]:
    """(set, number of municipalities, groups run) for sets whose first group and at least one
    other group were run in shared trajects, by at least two municipalities together."""
    found = []
    for paired_set in paired_sets().values():
        municipalities, keys = set(), set()
        for key, municipality_id in _set_instruments(region, paired_set).values_list(
            "template_key", "traject__municipality_id"
        ):
            municipalities.add(municipality_id)
            keys.add(key)
        groups = [g for g in paired_set.groups if g.template_key in keys]
        if _enough(paired_set, groups, municipalities):
            found.append((paired_set, len(municipalities), groups))
    return sorted(found, key=lambda item: item[0].title)


def _enough(paired_set, groups, municipalities) -> bool:
    return (
        len(municipalities) >= 2 and len(groups) >= 2 and groups[0].key == paired_set.groups[0].key
    )


def _statement_parts(groups) -> dict[str, dict[str, str]]:
    """Statement key → {group key: wording as asked}, for keys the first group shares with
    another, in the first group's order. Only shares: a mean mark has no gap in points."""
    catalogue = templates()
    parts = {
        group.key: {
            key: text
            for key, (text, measure, _kind) in _parts(
                catalogue[group.template_key].definition
            ).items()
            if measure == "share"
        }
        for group in groups
    }
    reference, others = groups[0], groups[1:]
    found = {}
    for key in parts[reference.key]:
        if any(key in parts[group.key] for group in others):
            found[key] = {
                group.key: parts[group.key][key] for group in groups if key in parts[group.key]
            }
    return found


def _own_words(definition) -> dict[str, str]:
    """Key → the statement alone, without the matrix question it stands under."""
    words = {}
    for _section, question in iter_questions(definition):
        for statement in question.get("statements", []):
            words[statement["key"]] = statement["text"]
        words.setdefault(question["key"], question["text"])
    return words


def _comparable(instruments, groups, statements) -> dict[tuple, bool]:
    """(municipality, group, key) → still asked in the template's words (name filled in)."""
    by_template = {group.template_key: group for group in groups}
    comparable = {}
    for instrument in instruments:
        group = by_template[instrument.template_key]
        wordings = {
            key: wordings[group.key]
            for key, wordings in statements.items()
            if group.key in wordings
        }
        for key, ok in asked_as_template(instrument, wordings).items():
            where = (instrument.traject.municipality_id, group.key, key)
            comparable[where] = comparable.get(where) or ok
    return comparable


def gap_between(reference: float | None, other: float | None) -> Gap:
    if reference is None or other is None:
        return Gap(None)
    value = round(other - reference, 1)
    return Gap(value, abs(value) >= GAP_THRESHOLD)


def comparison(region, set_key: str, *, viewer_municipality_ids=(), anonymous=True):
    paired_set = paired_sets().get(set_key)
    if paired_set is None:
        return None
    instruments = list(
        _set_instruments(region, paired_set).select_related(
            "traject__municipality", "current_version"
        )
    )
    run = {instrument.template_key for instrument in instruments}
    groups = [group for group in paired_set.groups if group.template_key in run]
    municipalities = {instrument.traject.municipality for instrument in instruments}
    if not _enough(paired_set, groups, {m.pk for m in municipalities}):
        return None
    statements = _statement_parts(groups)
    own_words = {
        group.key: _own_words(templates()[group.template_key].definition) for group in groups
    }
    comparable = _comparable(instruments, groups, statements)
    tallies = {
        group.key: _tallies(
            [i for i in instruments if i.template_key == group.template_key], list(statements)
        )
        for group in groups
    }
    rounds = sorted({number for t in tallies.values() for (_m, number, _k) in t}) or [0]
    own_ids = set(viewer_municipality_ids) & {m.pk for m in municipalities}
    columns = _columns(list(municipalities), own_ids=own_ids, anonymous=anonymous)
    region = region_column()
    found = []
    for key, wordings in statements.items():
        tables = [
            RoundTable(
                number,
                round_label(number),
                _lines(key, number, groups, columns, region, tallies, comparable, anonymous),
            )
            for number in rounds
        ]
        found.append(
            Statement(
                key,
                [
                    (group.label, personalise(own_words[group.key][key], _("the municipality")))
                    for group in groups
                    if group.key in wordings
                ],
                tables,
            )
        )
    return PairedComparison(
        set_key, paired_set.title, groups, rounds, [*columns, region], found, anonymous
    )


def _lines(key, number, groups, columns, region, tallies, comparable, anonymous):
    lines = []
    pooled = defaultdict(lambda: [0, 0, 0])  # group → [municipalities, valid, positive]
    for column in columns:
        cells, exact = [], []
        for group in groups:
            cell, value, total, positive = figure_cell(
                tallies[group.key].get((column.municipality_id, number, key), {}),
                "share",
                column=column,
                comparable=bool(comparable.get((column.municipality_id, group.key, key))),
                anonymous=anonymous,
            )
            cells.append(cell)
            exact.append(value)
            if value is not None:
                pooled[group.key][0] += 1
                pooled[group.key][1] += total
                pooled[group.key][2] += positive
        gaps = [gap_between(exact[0], other) for other in exact[1:]]
        lines.append(Line(column, cells, gaps))
    region_cells, exact = [], []
    for group in groups:
        count, total, positive = pooled[group.key]
        cell = _region_cell(count, total, positive, "share", anonymous)
        region_cells.append(cell)
        exact.append(100 * positive / total if cell.status == "shown" else None)
    gaps = [gap_between(exact[0], other) for other in exact[1:]]
    lines.append(Line(region, region_cells, gaps))
    return lines


def _shown(cell: Cell):
    return cell.value if cell.status == "shown" else STATUS_TEXT[cell.status]


def table_rows(found: PairedComparison):
    """The comparison as spreadsheet rows for the regional meeting: the figures, counts and
    gaps the viewer sees, with the same names or letters; never an answer or a text."""
    from samenspraak.core.spreadsheets import safe_cell

    reference = found.reference.label
    header = ["stelling", "meting", "gemeente"]
    for group in found.groups:
        header += [f"{group.label} eens (%)", f"{group.label} n"]
    for group in found.others:
        header += [
            f"verschil {group.label} min {reference} (procentpunten)",
            f"groot verschil {group.label} (vanaf {found.threshold})",
        ]
    yield header
    for statement in found.statements:
        for table in statement.tables:
            for line in table.lines:
                cells = [safe_cell(statement.text), table.label, safe_cell(line.column.label)]
                for cell in line.cells:
                    cells += [_shown(cell), cell.n if cell.n is not None else ""]
                for gap in line.gaps:
                    cells += [
                        gap.value if gap.value is not None else "",
                        ("ja" if gap.large else "nee") if gap.value is not None else "",
                    ]
                yield cells
