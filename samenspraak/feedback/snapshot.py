"""What one version of the feedback page says, frozen as plain data when it is published.

Only what may be public goes in: findings with quotes that are masked *and* consented, actions
with their owner team (never a person), indicator figures that pass the small-cell rule, and
the municipality's answers to schouw points (masked like the schouw page itself). The preview
builds the same data without saving it, so staff see exactly what residents will read.
"""

from django.db.models import Count
from django.utils import timezone

from samenspraak.actions.models import Comment, Indicator, Status
from samenspraak.actions.selectors import goal_tree
from samenspraak.insights.models import Contribution, MaskState
from samenspraak.methods.facets import FACETS_BY_KEY
from samenspraak.privacy.selectors import public_text
from samenspraak.trajects.models import Traject

QUOTES_PER_FINDING = 3


def build(traject: Traject, page) -> dict:
    return {
        "title": traject.title,
        "intro": page.intro,
        "take_part": page.take_part,
        "participation": _participation(traject),
        "findings": _findings(traject),
        "actions": _actions(traject),
        "goals": _goals(traject),
        "walk_answers": _walk_answers(traject),
        "built_on": timezone.localdate().isoformat(),
    }


def _participation(traject) -> dict:
    """Who took part, as counts per way of taking part; no group smaller than anyone can see."""
    from samenspraak.instruments.models import Instrument
    from samenspraak.responses.models import Response

    questionnaires = []
    for instrument in Instrument.objects.filter(traject=traject).exclude(
        status=Instrument.Status.CONCEPT
    ):
        rounds = (
            Response.objects.filter(instrument=instrument, status=Response.Status.COMPLETE)
            .values("round__name", "round__number")
            .annotate(n=Count("pk"))
            .order_by("round__number")
        )
        questionnaires.append(
            {
                "title": instrument.title,
                "rounds": [{"name": r["round__name"] or "", "n": r["n"]} for r in rounds],
            }
        )
    sources = (
        Contribution.objects.filter(traject=traject)
        .exclude(
            source_type__in=[
                Contribution.SourceType.OPEN_ANSWER,
                Contribution.SourceType.RECOGNITION,
            ]
        )
        .values("source_type")
        .annotate(n=Count("pk"))
        .order_by("-n")
    )
    return {
        "questionnaires": questionnaires,
        "other": [{"source": s["source_type"], "n": s["n"]} for s in sources],
        "target_groups": [
            str(FACETS_BY_KEY["target_groups"].label_for(g)) for g in traject.target_groups or []
        ],
    }


def _findings(traject) -> list[dict]:
    findings = []
    for finding in traject.findings.prefetch_related("quotes"):
        quotes = [
            public_text(quote)
            for quote in finding.quotes.all()
            if quote.consent_public and quote.mask_state != MaskState.PENDING
        ][:QUOTES_PER_FINDING]
        findings.append(
            {
                "pk": finding.pk,
                "statement": finding.statement,
                "explanation": finding.explanation,
                "figures": finding.figures,
                "quotes": quotes,
            }
        )
    return findings


def _actions(traject) -> list[dict]:
    actions = []
    for action in traject.actions.prefetch_related("findings", "milestones", "comments").order_by(
        "pk"
    ):
        advice = [c for c in action.comments.all() if c.kind == Comment.Kind.ADVICE]
        actions.append(
            {
                "title": action.title,
                "description": action.description,
                "owner": action.owner,
                "status": action.status,
                "reason": action.status_reason,
                "progress": action.progress,
                "planned_end": _date(action.planned_end),
                "actual_end": _date(action.actual_end),
                "findings": [f.pk for f in action.findings.all()],
                "milestones": [
                    {"title": m.title, "due_on": _date(m.due_on), "done_on": _date(m.done_on)}
                    for m in action.milestones.all()
                ],
                "advice": [{"text": c.text, "given_on": _date(c.given_on)} for c in advice],
            }
        )
    order = [s.value for s in Status]
    actions.sort(key=lambda a: order.index(a["status"]))
    return actions


def _indicator(serie) -> dict:
    indicator = serie.indicator
    return {
        "name": indicator.name,
        # What a journey or mystery figure is, in a line; a question's figure needs no more.
        "description": serie.description
        if indicator.kind == Indicator.Kind.MEASURED
        and indicator.source in (Indicator.Source.JOURNEY, Indicator.Source.MYSTERY)
        else "",
        "percent": indicator.kind == Indicator.Kind.MEASURED
        and indicator.measure == Indicator.Measure.SHARE,
        "higher_is_better": indicator.direction == Indicator.Direction.UP,
        "target": float(indicator.target) if indicator.target is not None else None,
        "target_reached": serie.target_reached,
        "counted": indicator.kind == Indicator.Kind.COUNTED,
        "points": [
            {
                "label": p.label,
                "value": p.value,
                "n": p.n,
                "significant": p.significant,
                "compared": p.p_value is not None,
            }
            for p in serie.points
        ],
    }


def _goals(traject) -> list[dict]:
    return [
        {
            "title": node["goal"].title,
            "indicators": [_indicator(s) for s in node["series"]],
            "children": [
                {
                    "title": child["goal"].title,
                    "indicators": [_indicator(s) for s in child["series"]],
                }
                for child in node["children"]
            ],
        }
        for node in goal_tree(traject)
    ]


def _walk_answers(traject) -> list[dict]:
    from samenspraak.walks.models import WalkPoint

    points = (
        WalkPoint.objects.filter(walk__traject=traject)
        .exclude(response="")
        .select_related("contribution", "walk")
        .order_by("walk__pk", "pk")
    )
    return [
        {
            "walk": point.walk.title,
            "place": point.place,
            "point": public_text(point.contribution),
            "answer": point.response,
            "answered_on": _date(point.responded_on),
        }
        for point in points
    ]


def _date(value) -> str | None:
    return value.isoformat() if value else None
