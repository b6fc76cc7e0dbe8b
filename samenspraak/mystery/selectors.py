from django.db.models import Avg, Count

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


def visit_matrix(mystery_round) -> dict:
    """Scenario × location: number of visits and the mean of all scores given there."""
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
    return {"locations": locations, "rows": rows}


def criterion_means(mystery_round) -> list[dict]:
    return list(
        VisitScore.objects.filter(visit__assignment__round=mystery_round)
        .values("criterion__name", "criterion__position")
        .annotate(mean=Avg("score"), n=Count("pk"))
        .order_by("criterion__position")
    )
