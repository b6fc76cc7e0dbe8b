"""Reading improvement actions, and the findings that still wait for a decision."""

from django.db.models import Count

from samenspraak.insights.models import Finding

from .models import Action, Status


def actions_of(traject):
    return (
        Action.objects.filter(traject=traject)
        .prefetch_related("findings")
        .annotate(milestone_count=Count("milestones"))
    )


def findings_waiting(traject):
    """Findings no action points to, not even a rejected one: nothing residents said may
    silently disappear."""
    return Finding.objects.filter(traject=traject, actions__isnull=True).order_by("position")


def status_counts(traject) -> list[tuple[str, str, int]]:
    counts = dict(
        Action.objects.filter(traject=traject)
        .values("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    return [(value, label, counts.get(value, 0)) for value, label in Status.choices]


def action_detail(traject, pk):
    return (
        Action.objects.filter(traject=traject)
        .prefetch_related(
            "findings",
            "milestones",
            "history__changed_by",
            "comments__author",
        )
        .get(pk=pk)
    )
