"""Twenty client journeys in Lindewaard, four of them schaduwreizen by wijkteam staff.

Generated from a fixed seed with the pattern the demo questionnaires also show: finding the way
in and the decision letter hurt, the kitchen-table conversation is valued. The notes are written
for the demo; nobody really said them.
"""

import datetime
import random

from django.db import transaction

from samenspraak.trajects.models import Traject

from . import services
from .models import Journey, JourneyEntry
from .phases import default_phases

TRAJECT_TITLE = "Vindbare toegang tot de Wmo"
COUNT, SHADOW = 20, 4
# Typical score per phase (-2 … +2) and what people said there.
PATTERN = {
    "hulpvraag": (0, ["Ik dacht lang dat ik het zelf moest oplossen."]),
    "zoeken": (
        -1.2,
        [
            "Op de website stond niet wie ik moest bellen.",
            "Ik werd drie keer doorverbonden.",
            "De huisarts wist het ook niet precies.",
        ],
    ),
    "melding": (-0.3, ["Het formulier vroeg dingen die ik niet wist."]),
    "gesprek": (
        1.3,
        [
            "De medewerker nam de tijd en luisterde echt.",
            "Fijn dat het gesprek bij mij thuis was.",
        ],
    ),
    "besluit": (
        -1.0,
        ["De brief was lang en moeilijk.", "Ik wist niet of ik nu hulp kreeg of niet."],
    ),
    "ondersteuning": (0.8, ["De hulp in huis is een uitkomst."]),
    "evaluatie": (0.2, ["Niemand vroeg na een half jaar hoe het ging."]),
}
BETTER = {
    "zoeken": "Eén telefoonnummer dat iedereen kent.",
    "besluit": "Een korte brief in gewone taal, en iemand die het uitlegt.",
    "evaluatie": "Vanzelf een belletje na een paar maanden.",
}
GROUPS = ["oudere", "mantelzorger", "cliënt met een beperking", "ouder van een kind"]


def _phase(rng, key):
    typical, notes = PATTERN.get(key, (0, []))
    if key == "evaluatie" and rng.random() < 0.5:
        return {"skipped": True}
    score = max(-2, min(2, round(rng.gauss(typical, 0.8))))
    return {
        "score": score,
        "what_happened": rng.choice(notes) if notes and rng.random() < 0.6 else "",
        "should_differ": BETTER.get(key, "") if score < 0 and rng.random() < 0.5 else "",
        "bejegening": max(1, min(5, score + 3 + rng.choice([0, 0, 1]))),
        "communicatie": max(1, min(5, score + 3)) if rng.random() < 0.8 else None,
        "deskundigheid": max(1, min(5, score + 3 + rng.choice([-1, 0, 0, 1]))),
    }


@transaction.atomic
def load() -> list[str]:
    traject = Traject.objects.filter(municipality__slug="lindewaard", title=TRAJECT_TITLE).first()
    if traject is None or Journey.objects.filter(traject=traject).exists():
        return ["Demo client journeys: already present."]
    journey = services.create_journey(
        traject=traject,
        title="Hoe ging uw weg naar hulp?",
        intro=(
            "Heeft u het afgelopen jaar hulp gekregen van de gemeente of het wijkteam? "
            "Vertel per stap hoe het ging. Aan het eind ziet u uw eigen lijn."
        ),
        phases=list(default_phases()),
    )
    services.set_status(journey=journey, status=Journey.Status.OPEN)
    rng = random.Random(2027)  # noqa: S311 - reproducible demo data, not a secret
    for number in range(COUNT):
        shadow = number < SHADOW
        services.submit_entry(
            journey=journey,
            draft_phases={p["key"]: _phase(rng, p["key"]) for p in journey.phases},
            kind=JourneyEntry.Kind.SCHADUWREIS if shadow else JourneyEntry.Kind.KLANTREIS,
            channel=(
                JourneyEntry.Channel.INTERVIEW
                if shadow or number % 3 == 0
                else JourneyEntry.Channel.ONLINE
            ),
            respondent_group=rng.choice(GROUPS),
            submitted_on=datetime.date(2026, 9, 14) + datetime.timedelta(days=2 * number),
        )
    return [f"Demo client journeys: {COUNT} ({SHADOW} schaduwreizen) in {traject}."]
