"""Reading responses for staff: counts and simple distributions (tables; charts come later)."""

import datetime
from collections import Counter

from django.db.models import Count

from samenspraak.instruments.questionnaire import OTHER, choices_for, iter_questions

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
