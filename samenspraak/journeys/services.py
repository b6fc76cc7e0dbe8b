"""Journeys: set up the phases, receive a journey in one transaction, open and close."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspraak.insights.models import Contribution

from .models import Journey, JourneyEntry, PhaseExperience
from .phases import phase_problems

SHADOW_CHANNEL = "schaduwreis"


class ClosedError(Exception):
    """The journey does not take entries now."""


def _check_phases(phases):
    problems = phase_problems(phases)
    if problems:
        raise ValidationError({"phases": problems})


@transaction.atomic
def create_journey(*, traject, title, intro, phases, user=None) -> Journey:
    _check_phases(phases)
    journey = Journey(
        municipality=traject.municipality,
        traject=traject,
        title=title.strip(),
        intro=intro.strip(),
        phases=phases,
        created_by=user,
    )
    journey.full_clean()
    journey.save()
    return journey


@transaction.atomic
def update_phases(*, journey: Journey, phases) -> Journey:
    """Phases change only before the first journey, so every curve uses the same route."""
    if journey.entries.exists():
        raise ValidationError(
            {"phases": _("Journeys have been filled in already, so the phases stay as they are.")}
        )
    _check_phases(phases)
    journey.phases = phases
    journey.save(update_fields=["phases"])
    return journey


@transaction.atomic
def set_status(*, journey: Journey, status: str) -> Journey:
    journey.status = status
    journey.full_clean()
    journey.save(update_fields=["status"])
    return journey


def _experiences(journey, draft_phases: dict) -> list[PhaseExperience]:
    experiences = []
    for position, phase in enumerate(journey.phases):
        data = draft_phases.get(phase["key"])
        if not data or data.get("skipped"):
            continue
        experience = PhaseExperience(
            position=position,
            phase_key=phase["key"],
            phase_name=phase["name"],
            what_happened=(data.get("what_happened") or "").strip(),
            score=data.get("score"),
            bejegening=data.get("bejegening"),
            communicatie=data.get("communicatie"),
            deskundigheid=data.get("deskundigheid"),
            should_differ=(data.get("should_differ") or "").strip(),
        )
        experience.full_clean(exclude=["entry"])
        experiences.append(experience)
    return experiences


@transaction.atomic
def submit_entry(
    *,
    journey: Journey,
    draft_phases: dict,
    kind=JourneyEntry.Kind.KLANTREIS,
    channel=JourneyEntry.Channel.ONLINE,
    respondent_group="",
    submitted_on=None,
) -> JourneyEntry:
    """Everything is checked before anything is written; then entry, phases and notes at once.

    ``submitted_on`` is for journeys written down later, such as interview notes; default today.
    """
    if journey.status != Journey.Status.OPEN:
        raise ClosedError
    experiences = _experiences(journey, draft_phases)
    if not experiences:
        raise ValidationError(_("Fill in at least one phase of your journey."))
    entry = JourneyEntry(
        journey=journey,
        kind=kind,
        channel=channel,
        respondent_group=respondent_group.strip()[:50],
        submitted_on=submitted_on or timezone.localdate(),
    )
    entry.full_clean()
    entry.save()
    for experience in experiences:
        experience.entry = entry
    PhaseExperience.objects.bulk_create(experiences)
    Contribution.objects.bulk_create(_contributions(journey, entry, experiences))
    return entry


def _contributions(journey, entry, experiences):
    channel = SHADOW_CHANNEL if entry.kind == JourneyEntry.Kind.SCHADUWREIS else entry.channel
    for experience in experiences:
        for key, text in (
            ("wat_gebeurde", experience.what_happened),
            ("anders", experience.should_differ),
        ):
            if text:
                yield Contribution(
                    municipality_id=journey.municipality_id,
                    traject_id=journey.traject_id,
                    source_type=Contribution.SourceType.JOURNEY_PHASE,
                    channel=channel,
                    respondent_group=entry.respondent_group,
                    question_key=key,
                    question_text=experience.phase_name,
                    text=text,
                    created_on=entry.submitted_on,
                    phase=experience.phase_key,
                    score=experience.score,
                )
