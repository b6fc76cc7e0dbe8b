from django.db.models import Count

from samenspraak.methods.selectors import methods_for

from .models import MeetingSession

# Catalogue types whose methods happen as a conversation in a room.
CONVERSATION_TYPES = {
    "algemene-gespreksmethode",
    "verdiepende-gespreksmethode",
    "regionale-werkvorm",
}


def sessions_of(municipality):
    return (
        MeetingSession.objects.filter(municipality=municipality)
        .select_related("traject", "method", "municipality")
        .annotate(item_count=Count("items"))
    )


def is_conversation(method) -> bool:
    return method.data.get("type") in CONVERSATION_TYPES


def conversation_methods(municipality):
    """Methods a report can name: conversations from the catalogue, and the gemeente's own."""
    return [
        method
        for method in methods_for(municipality)
        if is_conversation(method) or method.municipality_id
    ]


# Tailored harvests, read for the session page: each returns what its template shows.


def _landkaart(session, items) -> dict:
    """Municipalities × themes with the position in each cell, and per theme a sentence, so the
    table has a text equivalent that a screen reader can take in at once."""
    themes = list(session.harvest_settings.get("themes", []))
    themes += sorted({i.details["thema"] for i in items} - set(themes))
    cells = {(i.details["gemeente"], i.details["thema"]): i for i in items}
    municipalities = sorted({i.details["gemeente"] for i in items})
    rows = [(name, [cells.get((name, theme)) for theme in themes]) for name in municipalities]
    summary = []
    for theme in themes:
        placed = [i for i in items if i.details["thema"] == theme]
        if not placed:
            continue
        positions = [i.details["stand"] for i in placed]
        high, low = max(positions), min(positions)
        summary.append(
            {
                "theme": theme,
                "count": len(placed),
                "average": round(sum(positions) / len(positions), 1),
                "furthest": sorted(
                    i.details["gemeente"] for i in placed if i.details["stand"] == high
                ),
                "least": sorted(i.details["gemeente"] for i in placed if i.details["stand"] == low),
                "lowest": low,
                "highest": high,
            }
        )
    return {"themes": themes, "rows": rows, "summary": summary}


def _werkbezoek(session, items) -> dict:
    from .harvest import ASPECTS

    return {
        "aspects": [
            (label, [i for i in items if i.details["aspect"] == key])
            for key, label in ASPECTS.items()
        ]
    }


def _wereldcafe(session, items) -> dict:
    """Grouped by round (with its question) and then by table, in the order of the rounds."""
    questions = session.harvest_settings.get("rounds", [])
    numbers = sorted({i.round_number for i in items} | set(range(1, len(questions) + 1)))
    rounds = []
    for number in numbers:
        in_round = [i for i in items if i.round_number == number]
        question = questions[number - 1] if number <= len(questions) else ""
        if not question and in_round:
            question = in_round[0].details.get("vraag", "")
        tables = sorted({i.table for i in in_round}, key=lambda t: (len(t), t))
        rounds.append(
            {
                "number": number,
                "question": question,
                "tables": [(t, [i for i in in_round if i.table == t]) for t in tables],
            }
        )
    return {"rounds": rounds}


def _week_van(session, items) -> dict:
    activities = sorted(items, key=lambda i: (i.details["datum"], i.pk))
    return {
        "activities": activities,
        "reach": sum(i.details["bereik"] for i in items),
        "places": len({i.details["plaats"].casefold() for i in items}),
    }


def _kunst(session, items) -> dict:
    from .harvest import ART_FORMS

    return {"works": [(i, ART_FORMS.get(i.details["vorm"], "")) for i in items]}


TAILORED = {
    "landkaart": _landkaart,
    "werkbezoek": _werkbezoek,
    "wereldcafe": _wereldcafe,
    "de-week-van": _week_van,
    "kunst-en-cultuur": _kunst,
}


def tailored_harvest(session, items) -> dict | None:
    """What the tailored harvest of a session's items shows, or None for the general form."""
    reader = TAILORED.get(session.harvest_form)
    if reader is None:
        return None
    return reader(session, items)
