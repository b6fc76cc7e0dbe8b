"""Persona's for tests, made through the services so that every phase of the default route
exists, as in real use."""

from samenspraak.personas.models import Persona
from samenspraak.personas.services import PhaseInput, StepInput, record_route, save_persona

KEYS = ["hulpvraag", "zoeken", "melding", "gesprek", "besluit", "ondersteuning", "evaluatie"]


def make_persona(region, *, municipality=None, status=Persona.Status.GEDEELD, **extra):
    fields = {
        "name": "Gerda",
        "life_phase": "81 jaar, woont alleen",
        "situation": "Woont alleen in een huis met een trap.",
        "help_question": "Hulp bij het huishouden.",
        "needs": "Eén vast aanspreekpunt.",
        "made_with_group": False,
        "group": "",
        "status": status,
    }
    journey = extra.pop("journey", {})
    fields.update(extra)
    return save_persona(
        region=region, user=None, municipality=municipality, journey=journey, **fields
    )


def steps(**overrides) -> dict[str, StepInput]:
    """A step for every phase; ``overrides`` maps a phase key to a StepInput."""
    return {
        key: overrides.get(key, StepInput(what_happens=f"Er gebeurt iets ({key}).")) for key in KEYS
    }


def record(persona, municipality, user, **overrides):
    return record_route(
        persona=persona, municipality=municipality, user=user, steps=steps(**overrides)
    )


def journey(*scores) -> dict[str, PhaseInput]:
    return {
        key: PhaseInput(experience=f"Beleving {key}", score=score)
        for key, score in zip(KEYS, scores, strict=False)
    }
