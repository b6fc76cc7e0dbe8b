"""Reading responses for staff: counts and simple distributions (tables; charts come later)."""

from collections import Counter

from django.db.models import Count

from samenspraak.instruments.questionnaire import OTHER, choices_for, iter_questions

from .models import Answer, Channel, Response

OPEN_TYPES = {"text_short", "text_long", "number", "date"}


def complete_responses(instrument):
    return Response.objects.filter(instrument=instrument, status=Response.Status.COMPLETE)


def counts_per_day(instrument):
    return list(
        complete_responses(instrument)
        .values("submitted_on")
        .annotate(n=Count("pk"))
        .order_by("submitted_on")
    )


def counts_per_channel(instrument):
    labels = dict(Channel.choices)
    rows = complete_responses(instrument).values("channel").annotate(n=Count("pk")).order_by("-n")
    return [{"channel": labels.get(r["channel"], r["channel"]), "n": r["n"]} for r in rows]


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
