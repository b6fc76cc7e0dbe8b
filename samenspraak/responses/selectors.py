"""Reading responses for staff: counts and simple distributions (tables; charts come later)."""

import datetime
from collections import Counter
from dataclasses import dataclass

from django.db.models import Count

from samenspraak.instruments.questionnaire import OTHER, choices_for, iter_questions
from samenspraak.instruments.templates_catalogue import templates

from .models import Answer, Channel, Response, RetainedCount

OPEN_TYPES = {"text_short", "text_long", "number", "date"}


def complete_responses(instrument):
    return Response.objects.filter(instrument=instrument, status=Response.Status.COMPLETE)


def _retained(instrument, kind) -> Counter:
    counter: Counter = Counter()
    for key, value, n in RetainedCount.objects.filter(instrument=instrument, kind=kind).values_list(
        "key", "value", "n"
    ):
        counter[(key, value)] += n
    return counter


def counts_per_day(instrument):
    """Live counts plus the totals kept after retention deleted single answers."""
    counter = Counter(
        {
            row["submitted_on"].isoformat(): row["n"]
            for row in complete_responses(instrument).values("submitted_on").annotate(n=Count("pk"))
        }
    )
    for (_key, day), n in _retained(instrument, RetainedCount.Kind.DAY).items():
        counter[day] += n
    return [
        {"submitted_on": datetime.date.fromisoformat(day), "n": n}
        for day, n in sorted(counter.items())
    ]


def counts_per_channel(instrument):
    labels = dict(Channel.choices)
    counter = Counter(
        {
            row["channel"]: row["n"]
            for row in complete_responses(instrument).values("channel").annotate(n=Count("pk"))
        }
    )
    for (_key, channel), n in _retained(instrument, RetainedCount.Kind.CHANNEL).items():
        counter[channel] += n
    return [{"channel": labels.get(c, c), "n": n} for c, n in counter.most_common()]


def distributions(instrument) -> list[dict]:
    """Per closed question (and matrix statement): how often each answer was given."""
    definition = instrument.current_version.definition
    counters: dict[str, Counter] = {}
    answers = Answer.objects.filter(
        response__instrument=instrument, response__status=Response.Status.COMPLETE
    ).values_list("question_key", "value")
    for key, value in answers.iterator(chunk_size=2000):
        values = value["choice"] if isinstance(value, dict) else value
        for item in values if isinstance(values, list) else [values]:
            counters.setdefault(key, Counter())[str(item)] += 1
    for (key, value), n in _retained(instrument, RetainedCount.Kind.ANSWER).items():
        counters.setdefault(key, Counter())[value] += n
    tables = []
    for _section, question in iter_questions(definition):
        if question["type"] in OPEN_TYPES:
            continue
        parts = (
            [(s["key"], f"{question['text']} — {s['text']}") for s in question["statements"]]
            if question["type"] == "matrix"
            else [(question["key"], question["text"])]
        )
        for key, text in parts:
            counter = counters.get(key, Counter())
            total = sum(counter.values())
            rows = [
                {
                    "label": choice.label if choice.value != OTHER else "Anders",
                    "n": counter.get(choice.value, 0),
                    "percent": round(100 * counter.get(choice.value, 0) / total) if total else 0,
                }
                for choice in choices_for(question)
            ]
            tables.append({"key": key, "question": text, "rows": rows, "total": total})
    return tables


AGREE = {"4", "5"}
SCALE = {"1", "2", "3", "4", "5"}


@dataclass(frozen=True)
class IndicatorItem:
    code: str
    key: str
    text: str
    kind: str  # "likert5" or "yes_no"


def indicator_items(definition: dict) -> dict[str, IndicatorItem]:
    """The questions and matrix statements that feed a standard indicator, by indicator code."""
    items = {}
    for _section, question in iter_questions(definition):
        if question.get("indicator"):
            items[question["indicator"]] = IndicatorItem(
                question["indicator"], question["key"], question["text"], question["type"]
            )
        for statement in question.get("statements", []):
            if statement.get("indicator"):
                items[statement["indicator"]] = IndicatorItem(
                    statement["indicator"], statement["key"], statement["text"], question["scale"]
                )
    return items


def _standard_wording(standard: str) -> dict[str, IndicatorItem]:
    for template in templates().values():
        if template.definition.get("standard") == standard:
            return indicator_items(template.definition)
    return {}


def standard_indicators(instrument) -> dict | None:
    """Per standard indicator: how many answers count and the share that agrees (or says yes).

    An answer counts only when the version it answered kept the standard wording of that
    statement; comparing with other municipalities depends on it. "Weet niet / n.v.t." does
    not count.
    """
    definition = instrument.current_version.definition
    standard = definition.get("standard")
    if not standard:
        return None
    reference = _standard_wording(standard)
    conforming: dict[str, set[int]] = {code: set() for code in reference}
    for version in instrument.versions.all():
        items = indicator_items(version.definition)
        for code, item in reference.items():
            if code in items and items[code].text == item.text:
                conforming[code].add(version.pk)
    keys = {item.key: code for code, item in reference.items()}
    tallies = {code: Counter() for code in reference}
    answers = Answer.objects.filter(
        response__instrument=instrument,
        response__status=Response.Status.COMPLETE,
        question_key__in=list(keys),
    ).values_list("question_key", "value", "response__version_id")
    for key, value, version_id in answers.iterator(chunk_size=2000):
        code = keys[key]
        if version_id not in conforming[code]:
            tallies[code]["changed_wording"] += 1
        elif reference[code].kind == "yes_no":
            tallies[code]["valid"] += 1
            tallies[code]["positive"] += value == "ja"
        elif str(value) in SCALE:
            tallies[code]["valid"] += 1
            tallies[code]["positive"] += str(value) in AGREE
        else:
            tallies[code]["unknown"] += 1
    current = indicator_items(definition)
    rows = []
    for code, item in reference.items():
        tally = tallies[code]
        rows.append(
            {
                "code": code,
                "text": item.text,
                "kind": item.kind,
                "n": tally["valid"],
                "unknown": tally["unknown"],
                "changed_wording": tally["changed_wording"],
                "percent": round(100 * tally["positive"] / tally["valid"])
                if tally["valid"]
                else None,
                "current_matches": code in current and current[code].text == item.text,
            }
        )
    all_conforming = set.intersection(*conforming.values()) if conforming else set()
    counted = complete_responses(instrument).filter(version_id__in=all_conforming).count()
    return {
        "standard": standard,
        "rows": rows,
        "counted": counted,
        "complete": complete_responses(instrument).count(),
        "deviations": [row for row in rows if not row["current_matches"]],
    }
