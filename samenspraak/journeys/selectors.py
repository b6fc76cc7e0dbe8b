from django.db.models import Avg, Count, StdDev

from .models import Journey, PhaseExperience


def journeys_of(municipality):
    return (
        Journey.objects.filter(municipality=municipality)
        .select_related("traject", "municipality")
        .annotate(entry_count=Count("entries"))
    )


def open_journeys_of(municipality):
    return Journey.objects.filter(municipality=municipality, status=Journey.Status.OPEN).order_by(
        "title"
    )


def entry_points(entry) -> list[tuple[str, int | None]]:
    scores = {p.phase_key: p.score for p in entry.phases.all()}
    return [(phase["name"], scores.get(phase["key"])) for phase in entry.journey.phases]


def average_curve(journey) -> list[dict]:
    """Per phase: the mean score, how many journeys scored it, and the most common ratings."""
    stats = {
        row["phase_key"]: row
        for row in PhaseExperience.objects.filter(entry__journey=journey)
        .values("phase_key")
        .annotate(
            n=Count("pk"),
            mean=Avg("score"),
            spread=StdDev("score"),
            bejegening=Avg("bejegening"),
            communicatie=Avg("communicatie"),
            deskundigheid=Avg("deskundigheid"),
        )
    }
    rows = []
    for phase in journey.phases:
        row = stats.get(phase["key"], {})
        rows.append(
            {
                "name": phase["name"],
                "n": row.get("n", 0),
                "mean": round(row["mean"], 1) if row.get("mean") is not None else None,
                "spread": _round(row.get("spread")),
                "bejegening": _round(row.get("bejegening")),
                "communicatie": _round(row.get("communicatie")),
                "deskundigheid": _round(row.get("deskundigheid")),
            }
        )
    return rows


def _round(value):
    return round(value, 1) if value is not None else None
