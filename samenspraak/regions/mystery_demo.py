"""Demo: Oosterbeemd and Marenveld sent mystery guests too, with the same criteria as
Lindewaard, so the region compares the criteria side by side. Marenveld explains the next step
well; at Oosterbeemd's desk guests often leave without one."""

import datetime
import random

from django.contrib.auth import get_user_model

from samenspraak.mystery import services
from samenspraak.mystery.models import MysteryRound
from samenspraak.mystery.template import default_template
from samenspraak.organisations.models import Municipality
from samenspraak.trajects.models import Traject

# slug → (visits, how much better than average each criterion goes, in template order)
RUNS = {
    "oosterbeemd": (8, [0.1, -0.5, 0.2, 0.0, 0.3]),
    "marenveld": (7, [-0.2, 0.6, 0.0, 0.2, -0.1]),
}
CHANNELS = ["balie", "telefoon", "website", "balie"]
CEO_TRAJECT = "Cliëntervaring Wmo 2026"  # shared with the region by regions.demo


def load(region, coordinator) -> None:
    rng = random.Random(2031)  # noqa: S311 - reproducible demo data, not a secret
    template = default_template()
    for slug, (visits, leaning) in RUNS.items():
        municipality = Municipality.objects.get(slug=slug, region=region)
        traject = Traject.objects.filter(municipality=municipality, title=CEO_TRAJECT).first()
        if traject is None or MysteryRound.objects.filter(traject=traject).exists():
            continue
        guest = get_user_model().objects.filter(email=f"beheerder@{slug}.example").first()
        mystery_round = services.create_round(
            traject=traject,
            title="Mystery guest najaar 2026",
            instructions="Stel uw hulpvraag alsof het uw eigen vraag is.",
            scenarios=[(s["title"], s["help_question"]) for s in template["scenarios"]],
            locations=template["locations"],
            criteria=template["criteria"],
        )
        services.set_status(mystery_round=mystery_round, status=MysteryRound.Status.OPEN)
        scenarios = list(mystery_round.scenarios.all())
        locations = list(mystery_round.locations.all())
        criteria = list(mystery_round.criteria.all())
        for number in range(visits):
            assignment = services.assign(
                mystery_round=mystery_round,
                guest=guest,
                scenario=scenarios[number % len(scenarios)],
                location=locations[number % len(locations)],
            )
            scores = {
                criterion.pk: max(1, min(5, round(rng.gauss(3.4 + 2 * lean, 0.9))))
                for criterion, lean in zip(criteria, leaning, strict=False)
            }
            services.record_visit(
                assignment=assignment,
                visited_on=datetime.date(2026, 10, 5) + datetime.timedelta(days=4 * number),
                channel=CHANNELS[number % len(CHANNELS)],
                what_happened="Verslag van het bezoek (demo).",
                scores=scores,
            )
