"""Figures for the dashboards: closed questions per group, with small-cell suppression.

Counting happens in the database (one GROUP BY per instrument and breakdown), so a dashboard
over a million answers reads a few hundred rows. The result is cached until a new response
comes in. Every figure passes through `suppression` before anyone sees it.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Max
from django.utils.translation import gettext as _

from samenspraak.instruments.questionnaire import OTHER, UNKNOWN, choices_for, iter_questions
from samenspraak.responses.models import Answer, Channel, Response

from . import charts
from .suppression import suppress

OPEN_TYPES = {"text_short", "text_long", "number", "date"}
BREAKDOWNS = {
    "ronde": ("round_id", _("Measurement")),
    "kanaal": ("channel", _("Channel")),
    "groep": ("respondent_group", _("Respondent group")),
}
CACHE_SECONDS = 600


@dataclass
class Column:
    key: str
    label: str
    base: int  # respondents in this group who answered the question
    shown: bool = True


@dataclass
class Row:
    label: str
    counts: list[int | None]  # None: hidden
    percents: list[float | None]


@dataclass
class QuestionFigure:
    key: str
    question: str
    columns: list[Column]
    rows: list[Row]
    summary: str = ""
    change: list[tuple[str, float]] = field(default_factory=list)  # option, points (last − first)
    chart: dict | None = None

    @property
    def total(self) -> int:
        return sum(column.base for column in self.columns)


def minimum() -> int:
    return settings.SMALL_CELL_MINIMUM


def closed_parts(definition):
    for _section, question in iter_questions(definition):
        if question["type"] in OPEN_TYPES:
            continue
        if question["type"] == "matrix":
            for statement in question["statements"]:
                yield statement["key"], f"{question['text']} — {statement['text']}", question
        else:
            yield question["key"], question["text"], question


def _group_label(breakdown, value):
    if breakdown == "ronde":
        return _("Baseline (0-meting)") if value == 0 else _("%(n)s-meting") % {"n": value}
    if breakdown == "kanaal":
        return str(dict(Channel.choices).get(value, value))
    return value or _("Not given")


def _tallies(instrument, group_field):
    """(question key, answer value, group) → answers, and (question key, group) → respondents."""
    answers = Answer.objects.filter(
        response__instrument=instrument, response__status=Response.Status.COMPLETE
    )
    group_lookup = f"response__{group_field}" if group_field else None
    fields = ["question_key", "value"] + ([group_lookup] if group_lookup else [])
    per_value: Counter = Counter()
    per_question: Counter = Counter()
    # Rounds are grouped by id (no join) and named by their number afterwards.
    round_numbers = dict(instrument.rounds.values_list("pk", "number"))
    for row in answers.values(*fields).annotate(n=Count("pk")).order_by():
        group = row[group_lookup] if group_lookup else ""
        if group_field == "round_id":
            group = round_numbers.get(group, group)
        value = row["value"]
        values = value["choice"] if isinstance(value, dict) else value
        for item in values if isinstance(values, list) else [values]:
            per_value[(row["question_key"], str(item), group)] += row["n"]
        per_question[(row["question_key"], group)] += row["n"]
    return per_value, per_question


def _version_stamp(instrument) -> str:
    latest = Response.objects.filter(
        instrument=instrument, status=Response.Status.COMPLETE
    ).aggregate(last=Max("pk"), n=Count("pk"))
    return f"{latest['last']}-{latest['n']}-{instrument.current_version_id}"


def question_figures(instrument, breakdown: str | None = None) -> list[QuestionFigure]:
    """Every closed question (and matrix statement) of the instrument, suppressed and charted."""
    key = f"dashboard:{instrument.pk}:{breakdown}:{minimum()}:{_version_stamp(instrument)}"
    figures = cache.get(key)
    if figures is None:
        figures = _compute(instrument, breakdown)
        cache.set(key, figures, CACHE_SECONDS)
    return figures


def _compute(instrument, breakdown):
    group_field = BREAKDOWNS[breakdown][0] if breakdown else None
    per_value, per_question = _tallies(instrument, group_field)
    groups = sorted({group for (_key, group) in per_question}, key=lambda g: (g is None, str(g)))
    figures = []
    for key, text, question in closed_parts(instrument.current_version.definition):
        choices = choices_for(question)
        columns = [
            Column(
                str(group),
                _group_label(breakdown, group) if breakdown else _("Everyone"),
                per_question.get((key, group), 0),
            )
            for group in groups
        ] or [Column("", _("Everyone"), 0)]
        counts = [
            [per_value.get((key, choice.value, group), 0) for group in groups] or [0]
            for choice in choices
        ]
        hidden = suppress(counts, [column.base for column in columns], minimum())
        rows = []
        for index, choice in enumerate(choices):
            label = _("Other") if choice.value == OTHER else choice.label
            shown = [
                counts[index][c] if hidden.shows(index, c) else None for c in range(len(columns))
            ]
            percents = [
                round(100 * n / columns[c].base, 1) if n is not None and columns[c].base else None
                for c, n in enumerate(shown)
            ]
            rows.append(Row(label, shown, percents))
        for c, column in enumerate(columns):
            column.shown = c not in hidden.hidden_columns
        figure = QuestionFigure(key, text, columns, rows)
        figure.summary = _summary(figure, choices)
        if breakdown == "ronde" and len(columns) >= 2:
            figure.change = _change(figure)
        figure.chart = charts.bar_chart(
            [row.label for row in rows],
            [(column.label, [row.percents[c] for row in rows]) for c, column in enumerate(columns)],
        )
        figures.append(figure)
    return figures


def _summary(figure, choices) -> str:
    """One sentence a screen reader can take instead of the chart."""
    if not figure.total:
        return _("Nobody answered this question yet.")
    shown = [c for c, column in enumerate(figure.columns) if column.shown]
    base = sum(figure.columns[c].base for c in shown)
    candidates = [
        (row.label, sum(row.counts[c] for c in shown))
        for row, choice in zip(figure.rows, choices, strict=True)
        if choice.value != UNKNOWN and all(row.counts[c] is not None for c in shown)
    ]
    if not shown or not candidates:
        return _("Too few answers to show figures.")
    label, n = max(candidates, key=lambda item: item[1])
    return _("Most chosen: “%(label)s” (%(percent)s%% of %(n)s people who answered).") % {
        "label": label,
        "percent": round(100 * n / base) if base else 0,
        "n": base,
    }


def _change(figure) -> list[tuple[str, float]]:
    """Per option, the change in percentage points from the first to the last measurement."""
    result = []
    for row in figure.rows:
        first, last = row.percents[0], row.percents[-1]
        if first is not None and last is not None:
            result.append((row.label, round(last - first, 1)))
    return result


# --- Who says what --------------------------------------------------------------------------


@dataclass
class HeatCell:
    n: int | None
    ratio: float | None  # observed / expected, None when hidden
    level: int  # −2 … +2 for the colour class


@dataclass
class Heatmap:
    groups: list[str]
    bases: list[int | None]
    rows: list[tuple[object, list[HeatCell]]]
    chi2: float | None = None
    dof: int | None = None
    p_value: float | None = None
    n: int = 0


def heatmap(traject, dimension: str) -> Heatmap:
    """Codes against respondent groups, channels or measurements: how much more (or less)
    often a code comes up in a group than expected if every group talked alike, with a
    chi-square test of independence over the whole table."""
    from scipy.stats import chi2_contingency

    from .models import Code, Coding, Contribution

    field_name = {"groep": "respondent_group", "kanaal": "channel", "ronde": "round__number"}[
        dimension
    ]
    contributions = Contribution.objects.filter(traject=traject)
    bases_by_group = {
        row[field_name]: row["n"]
        for row in contributions.values(field_name).annotate(n=Count("pk")).order_by()
        if row[field_name] not in ("", None)
    }
    groups = sorted(bases_by_group, key=str)
    codes = list(Code.objects.filter(codebook__traject=traject, parent__isnull=True))
    table = defaultdict(Counter)
    pairs = (
        Coding.objects.filter(code__codebook__traject=traject)
        .values_list("code_id", "code__parent_id", f"contribution__{field_name}", "contribution_id")
        .distinct()
    )
    seen = set()
    for code_id, parent_id, group, contribution_id in pairs:
        top = parent_id or code_id
        if group in bases_by_group and (top, contribution_id) not in seen:
            seen.add((top, contribution_id))
            table[top][group] += 1
    counts = [[table[code.pk][group] for group in groups] for code in codes]
    bases = [bases_by_group[group] for group in groups]
    hidden = suppress(counts, bases, minimum())
    grand = sum(bases)
    result = Heatmap(
        groups=[_group_label(dimension, g) for g in groups],
        bases=[b if c not in hidden.hidden_columns else None for c, b in enumerate(bases)],
        rows=[],
        n=grand,
    )
    observed_rows = []
    for r, code in enumerate(codes):
        total = sum(counts[r])
        if not total:
            continue
        cells = []
        for c, group_base in enumerate(bases):
            if not hidden.shows(r, c):
                cells.append(HeatCell(None, None, 0))
                continue
            expected = total * group_base / grand if grand else 0
            ratio = counts[r][c] / expected if expected else None
            cells.append(HeatCell(counts[r][c], ratio, _level(ratio)))
        result.rows.append((code, cells))
        observed_rows.append([counts[r][c] for c in range(len(groups))])
    usable = [
        c
        for c in range(len(groups))
        if c not in hidden.hidden_columns and any(row[c] for row in observed_rows)
    ]
    table_for_test = [
        [row[c] for c in usable] for row in observed_rows if any(row[c] for c in usable)
    ]
    if len(table_for_test) >= 2 and len(usable) >= 2:
        test = chi2_contingency(table_for_test)
        result.chi2, result.dof, result.p_value = (
            float(test.statistic),
            int(test.dof),
            float(test.pvalue),
        )
    return result


def _level(ratio: float | None) -> int:
    if ratio is None:
        return 0
    if ratio >= 1.5:
        return 2
    if ratio >= 1.15:
        return 1
    if ratio <= 0.5:
        return -2
    if ratio <= 0.85:
        return -1
    return 0
