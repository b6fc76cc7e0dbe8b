"""The innovatiespiraal of a region: changing and reading innovations and their phases.

A phase is recorded in order: the first phase first, and never more than one phase beyond the
furthest one reached (an innovation can go back to an earlier phase by editing it, which the
sources describe for dead ends, but it cannot skip ahead). Evidence comes only from findings of
trajects that a member municipality shares with the region; a finding is a statement about many
residents, so even "aggregates only" may show it.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from samenspraak.insights.models import Finding

from . import selectors
from .models import Innovation, InnovationPhase, ParticipantRole
from .spiral import PHASE_NUMBERS, PHASES


def innovations_of(region):
    return Innovation.objects.filter(region=region).annotate(reached=Max("phases__phase"))


def innovation_in(region, pk) -> Innovation | None:
    return (
        Innovation.objects.filter(region=region, pk=pk)
        .prefetch_related("phases__findings__traject__municipality")
        .first()
    )


def evidence_choices(region):
    """Findings of trajects shared with the region, labelled with their municipality."""
    return (
        Finding.objects.filter(traject__in=selectors.shared_trajects(region))
        .select_related("traject__municipality")
        .order_by("traject__municipality__name", "traject__title", "position")
    )


def furthest_phase(innovation: Innovation) -> int:
    return innovation.phases.aggregate(m=Max("phase"))["m"] or 0


def phase_overview(innovation: Innovation) -> list[dict]:
    """Every phase with its record (if any) and whether it is reached or current: the text
    version of the spiral."""
    records = {record.phase: record for record in innovation.phases.all()}
    current = max(records, default=0)
    return [
        {
            "phase": phase,
            "record": records.get(phase.number),
            "reached": phase.number <= current,
            "current": phase.number == current,
            "next": phase.number == current + 1,
        }
        for phase in PHASES
    ]


@transaction.atomic
def save_innovation(*, region, title: str, aim: str = "", user) -> Innovation:
    innovation = Innovation(region=region, title=title.strip(), aim=aim.strip(), created_by=user)
    innovation.full_clean()
    innovation.save()
    return innovation


@transaction.atomic
def record_phase(
    *, innovation: Innovation, phase: int, participants, findings=(), user, **fields
) -> InnovationPhase:
    if phase not in PHASE_NUMBERS:
        raise ValidationError(_("The innovatiespiraal has phases 1 to 7."))
    locked = Innovation.objects.select_for_update().get(pk=innovation.pk)
    furthest = furthest_phase(locked)
    if phase > furthest + 1:
        raise ValidationError(
            _("Record phase %(next)s first: a phase cannot be skipped.") % {"next": furthest + 1}
        )
    participants = list(dict.fromkeys(participants))
    if not participants:
        raise ValidationError({"participants": _("Choose at least one role that took part.")})
    if any(role not in ParticipantRole.values for role in participants):
        raise ValidationError({"participants": _("Choose roles from the list.")})
    allowed = set(evidence_choices(innovation.region).values_list("pk", flat=True))
    if any(finding.pk not in allowed for finding in findings):
        raise ValidationError({"findings": _("Choose findings that are shared with the region.")})
    record = InnovationPhase.objects.filter(innovation=innovation, phase=phase).first()
    record = record or InnovationPhase(innovation=innovation, phase=phase)
    for name, value in fields.items():
        setattr(record, name, value.strip() if isinstance(value, str) else value)
    record.participants = participants
    record.recorded_by = user
    record.full_clean()
    record.save()
    record.findings.set(findings)
    return record
