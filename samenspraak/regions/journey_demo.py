"""Demo klantreizen for the regional comparison: each of the three demo municipalities has one in
a traject it shares with the region, and each gets stuck somewhere else.

Lindewaard's klantreis comes from the journeys demo, in the traject the region demo shares: the
decision letter hurts most there. Oosterbeemd added a phase of its own, waiting after the
kitchen-table conversation, and that is where its residents get stuck; in Marenveld, which does
not look back on the help, residents cannot find the way in. The scores come from a fixed seed;
nobody really gave them.
"""

import datetime
import random

from django.db import transaction

from samenspraak.journeys import services
from samenspraak.journeys.models import Journey
from samenspraak.journeys.phases import default_phases
from samenspraak.organisations.models import Municipality
from samenspraak.trajects.models import Traject

TRAJECT_TITLE = "Cliëntervaring Wmo 2026"  # the traject the region demo shares for the spiegel
JOURNEY_TITLE = "Hoe ging uw weg naar hulp?"
WAITING = {"key": "wachten", "name": "Wachten na het gesprek", "touchpoints": ["brief", "telefoon"]}
# slug → (number of klantreizen, typical score per phase, phases left out, phase added after)
RUNS = {
    "oosterbeemd": (
        18,
        {
            "hulpvraag": 0.2,
            "zoeken": 0.6,
            "melding": 0.3,
            "gesprek": 1.2,
            "wachten": -1.5,
            "besluit": -0.4,
            "ondersteuning": 0.9,
            "evaluatie": 0.4,
        },
        (),
        ("gesprek", WAITING),
    ),
    "marenveld": (
        15,
        {
            "hulpvraag": -0.2,
            "zoeken": -1.5,
            "melding": -0.4,
            "gesprek": 0.9,
            "besluit": 0.1,
            "ondersteuning": 0.5,
        },
        ("evaluatie",),
        None,
    ),
}


def _route(left_out, added) -> list[dict]:
    route = []
    for phase in default_phases():
        if phase["key"] in left_out:
            continue
        route.append(dict(phase))
        if added and phase["key"] == added[0]:
            route.append(dict(added[1]))
    return route


def _scores(rng, typical: dict) -> dict:
    phases = {}
    for key, mean in typical.items():
        score = max(-2, min(2, round(rng.gauss(mean, 0.8))))
        phases[key] = {
            "score": score,
            "bejegening": max(1, min(5, score + 3 + rng.choice([0, 0, 1]))),
            "communicatie": max(1, min(5, score + 3)),
            "deskundigheid": max(1, min(5, score + 3 + rng.choice([-1, 0, 1]))),
        }
    return phases


@transaction.atomic
def load(region, coordinator) -> None:
    rng = random.Random(2029)  # noqa: S311 - reproducible demo data, not a secret
    for slug, (count, typical, left_out, added) in RUNS.items():
        municipality = Municipality.objects.filter(slug=slug, region=region).first()
        if municipality is None:
            continue
        # The CEO Wmo traject regions.demo shares, before this runs, in every municipality here.
        traject = Traject.objects.get(municipality=municipality, title=TRAJECT_TITLE)
        if Journey.objects.filter(traject=traject, title=JOURNEY_TITLE).exists():
            continue
        journey = services.create_journey(
            traject=traject,
            title=JOURNEY_TITLE,
            intro="Heeft u het afgelopen jaar hulp gekregen? Vertel per stap hoe het ging.",
            phases=_route(left_out, added),
        )
        services.set_status(journey=journey, status=Journey.Status.OPEN)
        for number in range(count):
            services.submit_entry(
                journey=journey,
                draft_phases=_scores(rng, typical),
                submitted_on=datetime.date(2026, 10, 1) + datetime.timedelta(days=3 * number),
            )
