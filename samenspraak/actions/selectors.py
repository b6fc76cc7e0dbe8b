"""Reading improvement actions, and the findings that still wait for a decision."""

from django.db.models import Count

from samenspraak.insights.models import Finding

from .models import Action, Goal, Status


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


def goal_tree(traject) -> list[dict]:
    """Main goals, each with its sub-goals, their indicators and figures, and the actions."""
    from .indicators import series

    goals = list(
        Goal.objects.filter(traject=traject).prefetch_related(
            "actions", "indicators__values", "indicators__instrument", "indicators__journey"
        )
    )
    children: dict[int, list] = {}
    for goal in goals:
        if goal.parent_id:
            children.setdefault(goal.parent_id, []).append(
                {"goal": goal, "series": [series(i) for i in goal.indicators.all()]}
            )
    return [
        {
            "goal": goal,
            "series": [series(i) for i in goal.indicators.all()],
            "children": children.get(goal.pk, []),
        }
        for goal in goals
        if goal.parent_id is None
    ]


def question_choices(traject) -> list[tuple[str, str]]:
    """Every closed question (and matrix statement) of the traject's instruments."""
    from samenspraak.insights.dashboards import closed_parts
    from samenspraak.instruments.models import Instrument

    choices = []
    for instrument in Instrument.objects.filter(traject=traject).exclude(current_version=None):
        for key, text, _question in closed_parts(instrument.current_version.definition):
            choices.append((f"{instrument.pk}:{key}", f"{instrument.title} — {text}"))
    return choices


def phase_choices(traject) -> list[tuple[str, str]]:
    """Every phase of the traject's client journeys, as ``journey pk:phase key``."""
    from samenspraak.journeys.models import Journey

    return [
        (f"{journey.pk}:{phase['key']}", f"{journey.title} — {phase['name']}")
        for journey in Journey.objects.filter(traject=traject).order_by("created_at", "pk")
        for phase in journey.phases
    ]


def criterion_choices(traject) -> list[tuple[str, str]]:
    """The criteria of the traject's mystery guest rounds, each name once: an indicator reads
    the criterion with that name in every round."""
    from samenspraak.mystery.models import Criterion

    from .indicators import same_criterion

    names: list[str] = []
    for name in (
        Criterion.objects.filter(round__traject=traject)
        .order_by("round__created_at", "round_id", "position")
        .values_list("name", flat=True)
    ):
        if not any(same_criterion(name, known) for known in names):
            names.append(name.strip())
    return [(name, name) for name in names]
