"""Mystery guest rounds: set up, assign guests, and receive visit reports whole or not at all."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspraak.insights.models import Contribution
from samenspraak.organisations.models import Membership
from samenspraak.organisations.roles import Permission

from .models import Assignment, Criterion, Location, MysteryRound, Scenario, Visit, VisitScore


def _unique(values, field):
    cleaned = [v.strip() for v in values if v.strip()]
    if not cleaned:
        raise ValidationError({field: _("Fill in at least one line.")})
    if len(set(cleaned)) != len(cleaned):
        raise ValidationError({field: _("A line appears twice.")})
    return cleaned


@transaction.atomic
def create_round(
    *, traject, title, instructions, scenarios, locations, criteria, user=None
) -> MysteryRound:
    """``scenarios`` are (title, help question) pairs; locations and criteria are names."""
    if not scenarios:
        raise ValidationError({"scenarios": _("Fill in at least one line.")})
    locations = _unique(locations, "locations")
    criteria = _unique(criteria, "criteria")
    mystery_round = MysteryRound(
        municipality=traject.municipality,
        traject=traject,
        title=title.strip(),
        instructions=instructions.strip(),
        created_by=user,
    )
    mystery_round.full_clean()
    mystery_round.save()
    Scenario.objects.bulk_create(
        Scenario(round=mystery_round, title=t[:200], help_question=q, position=n)
        for n, (t, q) in enumerate(scenarios)
    )
    Location.objects.bulk_create(
        Location(round=mystery_round, name=name[:200], position=n)
        for n, name in enumerate(locations)
    )
    Criterion.objects.bulk_create(
        Criterion(round=mystery_round, name=name[:200], position=n)
        for n, name in enumerate(criteria)
    )
    return mystery_round


@transaction.atomic
def set_status(*, mystery_round: MysteryRound, status: str) -> MysteryRound:
    mystery_round.status = status
    mystery_round.full_clean()
    mystery_round.save(update_fields=["status"])
    return mystery_round


@transaction.atomic
def assign(*, mystery_round: MysteryRound, guest, scenario, location) -> Assignment:
    membership = Membership.objects.filter(
        user=guest, municipality_id=mystery_round.municipality_id
    ).first()
    if membership is None or not membership.has_perm(Permission.DO_VISITS):
        raise ValidationError({"guest": _("Choose a member with the role mystery guest.")})
    if scenario.round_id != mystery_round.pk or location.round_id != mystery_round.pk:
        raise ValidationError(_("Choose a scenario and a location of this round."))
    assignment, created = Assignment.objects.get_or_create(
        round=mystery_round, guest=guest, scenario=scenario, location=location
    )
    if not created:
        raise ValidationError(_("This guest already has this visit."))
    return assignment


@transaction.atomic
def record_visit(
    *, assignment: Assignment, visited_on, channel, what_happened, quotes="", scores: dict
) -> Visit:
    """``scores`` maps criterion pk to 1-5, or None for "not applicable"."""
    mystery_round = assignment.round
    if mystery_round.status != MysteryRound.Status.OPEN:
        raise ValidationError(_("This round is closed."))
    if visited_on > timezone.localdate():
        raise ValidationError({"visited_on": _("This date is in the future.")})
    visit = Visit(
        assignment=assignment,
        visited_on=visited_on,
        channel=channel,
        what_happened=what_happened.strip(),
        quotes=quotes.strip(),
    )
    visit.full_clean()
    criteria = {c.pk: c for c in mystery_round.criteria.all()}
    rows = []
    for criterion_pk, score in scores.items():
        if score is None:
            continue
        if criterion_pk not in criteria:
            raise ValidationError(_("A score belongs to a criterion of another round."))
        row = VisitScore(criterion=criteria[criterion_pk], score=score)
        row.full_clean(exclude=["visit"])
        rows.append(row)
    visit.save()
    for row in rows:
        row.visit = visit
    VisitScore.objects.bulk_create(rows)
    Contribution.objects.bulk_create(_contributions(visit))
    return visit


def _contributions(visit: Visit):
    assignment = visit.assignment
    for key, text in (("wat_gebeurde", visit.what_happened), ("citaten", visit.quotes)):
        if text:
            yield Contribution(
                municipality_id=assignment.round.municipality_id,
                traject_id=assignment.round.traject_id,
                source_type=Contribution.SourceType.MYSTERY_VISIT,
                channel=visit.channel,
                question_key=key,
                question_text=assignment.scenario.title,
                text=text,
                created_on=visit.visited_on,
                location=assignment.location.name,
            )
