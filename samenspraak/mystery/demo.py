"""A mystery guest round in Lindewaard: two scenarios, five locations, the demo guest's visits.

The reports are written for the demo; no real visit took place.
"""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction

from samenspraak.organisations.demo import demo_email
from samenspraak.organisations.roles import Role
from samenspraak.trajects.models import Traject

from . import services
from .models import MysteryRound
from .template import default_template

TRAJECT_TITLE = "Vindbare toegang tot de Wmo"
# (scenario, location, channel, scores per criterion in template order, what happened)
VISITS = [
    (
        0,
        0,
        "balie",
        [2, 3, 4, 2, 3],
        "Aan de balie wist men niet wat respijtzorg is. Ik kreeg een folder over dagbesteding mee.",
    ),
    (
        0,
        1,
        "telefoon",
        [3, 1, 4, 4, 4],
        "Ik hing twintig minuten in de wacht. Daarna was de "
        "medewerker vriendelijk en maakte ze een afspraak met het wijkteam.",
    ),
    (
        0,
        2,
        "website",
        [1, None, None, 2, 3],
        "Op de website vond ik het woord respijtzorg niet. "
        "Via de zoekfunctie kwam ik bij een pagina van 2019.",
    ),
    (
        1,
        0,
        "balie",
        [4, 4, 5, 5, 5],
        "Ik kon meteen iemand van het wijkteam spreken. Zij legde "
        "uit wat de volgende stap is en schreef het op.",
    ),
    (
        1,
        4,
        "balie",
        [3, 5, 5, 4, 4],
        "Het spreekuur in de bibliotheek was rustig. De medewerker nam alle tijd.",
    ),
]


@transaction.atomic
def load() -> list[str]:
    traject = Traject.objects.filter(municipality__slug="lindewaard", title=TRAJECT_TITLE).first()
    guest = (
        get_user_model().objects.filter(email=demo_email(Role.MYSTERY_GUEST, "lindewaard")).first()
    )
    if traject is None or guest is None or MysteryRound.objects.filter(traject=traject).exists():
        return ["Demo mystery guest round: already present."]
    template = default_template()
    mystery_round = services.create_round(
        traject=traject,
        title="Mystery guest najaar 2026",
        instructions=(
            "Stel uw hulpvraag alsof het uw eigen vraag is. Zeg niet dat u mystery guest bent. "
            "Schrijf uw verslag dezelfde dag."
        ),
        scenarios=[(s["title"], s["help_question"]) for s in template["scenarios"]],
        locations=template["locations"],
        criteria=template["criteria"],
    )
    services.set_status(mystery_round=mystery_round, status=MysteryRound.Status.OPEN)
    scenarios = list(mystery_round.scenarios.all())
    locations = list(mystery_round.locations.all())
    criteria = list(mystery_round.criteria.all())
    for number, (scenario, location, channel, scores, text) in enumerate(VISITS):
        assignment = services.assign(
            mystery_round=mystery_round,
            guest=guest,
            scenario=scenarios[scenario],
            location=locations[location],
        )
        services.record_visit(
            assignment=assignment,
            visited_on=datetime.date(2026, 10, 12) + datetime.timedelta(days=3 * number),
            channel=channel,
            what_happened=text,
            scores={c.pk: s for c, s in zip(criteria, scores, strict=True)},
        )
    return [f"Demo mystery guest round: {len(VISITS)} visits in {traject}."]
