"""Changing persona's and the routes municipalities record for them.

Both are saved whole or not at all: a persona with its journey and evidence, a route with a
step for every phase.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from samenspraak.journeys.phases import default_phases

from . import selectors
from .access import runs_trajects_in
from .models import Persona, PersonaPhase, PersonaRoute, PersonaStep

PERSONA_FIELDS = (
    "name",
    "life_phase",
    "situation",
    "help_question",
    "needs",
    "made_with_group",
    "group",
    "status",
)


@dataclass(frozen=True)
class PhaseInput:
    experience: str = ""
    score: int | None = None


@dataclass(frozen=True)
class StepInput:
    what_happens: str
    where_who: str = ""
    waiting_days: int | None = None
    goes_well: str = ""
    gets_stuck: str = ""


def _phases_for(persona: Persona, journey: dict[str, PhaseInput]) -> list[PersonaPhase]:
    existing = {phase.phase_key: phase for phase in persona.phases.all()} if persona.pk else {}
    if not existing:
        existing = {
            data["key"]: PersonaPhase(
                persona=persona, position=index, phase_key=data["key"], phase_name=data["name"]
            )
            for index, data in enumerate(default_phases(), start=1)
        }
    unknown = set(journey) - set(existing)
    if unknown:
        raise ValidationError(_("Describe only the phases of the persona's journey."))
    for key, phase in existing.items():
        given = journey.get(key, PhaseInput())
        phase.experience = given.experience.strip()
        phase.score = given.score
        phase.full_clean(exclude=["persona"])
    return list(existing.values())


def _all_in(choices, chosen) -> bool:
    """Asks the database about the few chosen, not for every pk in the region."""
    ids = {item.pk for item in chosen}
    return choices.filter(pk__in=ids).count() == len(ids)


def _check_evidence(persona: Persona, findings, quotes) -> None:
    scope = selectors.evidence_scope(persona)
    if not _all_in(selectors.finding_choices(persona.region, scope), findings):
        raise ValidationError(
            {"findings": _("Choose findings that the maker of the persona shares with the region.")}
        )
    if not _all_in(selectors.quote_choices(persona.region, scope), quotes):
        raise ValidationError(
            {
                "quotes": _(
                    "Choose quotes that the maker of the persona shares with the region, masked "
                    "and with consent."
                )
            }
        )


@transaction.atomic
def save_persona(
    *,
    region,
    user,
    persona: Persona | None = None,
    municipality=None,
    journey: dict[str, PhaseInput] | None = None,
    findings=(),
    quotes=(),
    **fields,
) -> Persona:
    """Make a persona (``municipality`` None: made by the region) or change one; the maker
    never changes."""
    if persona is None:
        persona = Persona(region=region, municipality=municipality, created_by=user)
    elif persona.region_id != region.pk:
        raise ValidationError(_("This persona belongs to another region."))
    unknown = set(fields) - set(PERSONA_FIELDS)
    if unknown:
        raise TypeError(f"Unknown persona fields: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(persona, name, value.strip() if isinstance(value, str) else value)
    persona.full_clean()
    phases = _phases_for(persona, journey or {})
    findings, quotes = list(findings), list(quotes)
    _check_evidence(persona, findings, quotes)
    persona.save()
    for phase in phases:
        phase.persona = persona
        phase.save()
    persona.findings.set(findings)
    persona.quotes.set(quotes)
    return persona


@transaction.atomic
def record_route(
    *, persona: Persona, municipality, user, steps: dict[str, StepInput]
) -> PersonaRoute:
    """Record how ``municipality`` would help the persona, one step per phase of its journey.
    Only staff who run trajects in that municipality record its route."""
    if municipality.region_id != persona.region_id:
        raise ValidationError(_("Only a municipality of the persona's region records a route."))
    if not runs_trajects_in(user, municipality):
        raise ValidationError(
            _("Only staff of %(name)s record the route of %(name)s.") % {"name": municipality}
        )
    if not persona.is_shared and persona.municipality_id != municipality.pk:
        raise ValidationError(_("This persona is still a draft of its makers."))
    phases = list(persona.phases.all())
    keys = {phase.phase_key for phase in phases}
    if set(steps) != keys:
        raise ValidationError(_("Describe every phase of the journey, and only those."))
    route = PersonaRoute.objects.filter(persona=persona, municipality=municipality).first()
    route = route or PersonaRoute(persona=persona, municipality=municipality)
    existing = {step.phase_id: step for step in route.steps.all()} if route.pk else {}
    records, problems = [], []
    for phase in phases:
        given = steps[phase.phase_key]
        step = existing.get(phase.pk) or PersonaStep(phase=phase)
        step.where_who = given.where_who.strip()
        step.what_happens = given.what_happens.strip()
        step.waiting_days = given.waiting_days
        step.goes_well = given.goes_well.strip()
        step.gets_stuck = given.gets_stuck.strip()
        try:
            step.full_clean(exclude=["route"])
        except ValidationError as error:
            problems += [f"{phase.phase_name}: {message}" for message in error.messages]
        records.append(step)
    if problems:
        raise ValidationError(problems)
    route.recorded_by = user
    route.save()
    for step in records:
        step.route = route
        step.save()
    return route
