"""Mystery guest visits: one row per visit, one column per criterion (docs/exports.md).

Guests are not named: a number per guest within the round is enough to compare observers.
"""

from samenspraak.core.spreadsheets import safe_cell

from .models import Visit

FORMAT_VERSION = 1


def rows(mystery_round):
    criteria = list(mystery_round.criteria.all())
    yield [
        "bezoek_id",
        "datum",
        "gast",
        "scenario",
        "locatie",
        "kanaal",
        *[criterion.name for criterion in criteria],
        "wat_gebeurde",
        "citaten",
    ]
    guests: dict[int, int] = {}
    visits = (
        Visit.objects.filter(assignment__round=mystery_round)
        .select_related("assignment__scenario", "assignment__location")
        .prefetch_related("scores")
        .order_by("pk")
    )
    for visit in visits:
        assignment = visit.assignment
        guest = guests.setdefault(assignment.guest_id, len(guests) + 1)
        scores = {score.criterion_id: score.score for score in visit.scores.all()}
        yield [
            safe_cell(value)
            for value in (
                visit.pk,
                visit.visited_on.isoformat(),
                f"gast {guest}",
                assignment.scenario.title,
                assignment.location.name,
                visit.channel,
                *[scores.get(criterion.pk, "") for criterion in criteria],
                visit.what_happened,
                visit.quotes,
            )
        ]


def filename(mystery_round, extension: str) -> str:
    return f"samenspraak-mystery-guest-{mystery_round.pk}-v{FORMAT_VERSION}.{extension}"
