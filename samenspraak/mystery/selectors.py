from django.db.models import Avg, Count

from samenspraak.insights.models import Contribution, MaskState
from samenspraak.privacy.selectors import readable_text

from .models import Assignment, MysteryRound, VisitScore


def rounds_of(municipality):
    return (
        MysteryRound.objects.filter(municipality=municipality)
        .select_related("traject", "municipality")
        .annotate(assignment_count=Count("assignments", distinct=True))
    )


def assignments_for(guest, municipality):
    """Only the guest's own visits, in rounds that are open."""
    return (
        Assignment.objects.filter(
            guest=guest,
            round__municipality=municipality,
            round__status=MysteryRound.Status.OPEN,
        )
        .select_related("round", "scenario", "location")
        .annotate(visit_count=Count("visits"))
    )


def visit_matrix(mystery_round, raw: bool | None = None) -> dict:
    """Scenario × location: number of visits and the mean of all scores given there.

    With `raw` given, every cell also carries the observations behind it, in the wording that
    reader may see (masked unless `raw`).
    """
    visits = {
        (row["scenario_id"], row["location_id"]): row["n"]
        for row in Assignment.objects.filter(round=mystery_round)
        .values("scenario_id", "location_id")
        .annotate(n=Count("visits"))
    }
    means = {
        (row["visit__assignment__scenario_id"], row["visit__assignment__location_id"]): row["mean"]
        for row in VisitScore.objects.filter(visit__assignment__round=mystery_round)
        .values("visit__assignment__scenario_id", "visit__assignment__location_id")
        .annotate(mean=Avg("score"))
    }
    locations = list(mystery_round.locations.all())
    rows = []
    for scenario in mystery_round.scenarios.all():
        cells = []
        for location in locations:
            key = (scenario.pk, location.pk)
            mean = means.get(key)
            cells.append(
                {
                    "assigned": key in visits,
                    "visits": visits.get(key, 0),
                    "mean": round(mean, 1) if mean is not None else None,
                }
            )
        rows.append({"scenario": scenario, "cells": cells})
    matrix = {"locations": locations, "rows": rows}
    if raw is not None:
        _add_observations(mystery_round, matrix, raw)
    return matrix


def _add_observations(mystery_round, matrix, raw: bool) -> None:
    found = Contribution.objects.filter(
        traject=mystery_round.traject, source_type=Contribution.SourceType.MYSTERY_VISIT
    ).order_by("created_on", "pk")
    if not raw:
        found = found.exclude(mask_state=MaskState.PENDING)
    by_cell: dict[tuple[str, str], list[str]] = {}
    for contribution in found:
        key = (contribution.question_text, contribution.location)
        by_cell.setdefault(key, []).append(readable_text(contribution, raw=raw))
    for row in matrix["rows"]:
        for location, cell in zip(matrix["locations"], row["cells"], strict=True):
            cell["observations"] = by_cell.get((row["scenario"].title, location.name), [])


def criterion_means(mystery_round) -> list[dict]:
    return list(
        VisitScore.objects.filter(visit__assignment__round=mystery_round)
        .values("criterion__name", "criterion__position")
        .annotate(mean=Avg("score"), n=Count("pk"))
        .order_by("criterion__position")
    )
