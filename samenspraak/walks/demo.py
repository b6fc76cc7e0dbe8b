"""A schouw around the Lindeplein health centre, with points, support and some answers.

Written for the demo; nobody really walked it. No photos: the demo ships no pictures of real
places.
"""

from django.db import transaction

from samenspraak.trajects.models import Traject

from . import services
from .models import Walk

TRAJECT_TITLE = "Vindbare toegang tot de Wmo"
POINTS = [
    (
        "knelpunt",
        "Er hangt geen bord naar het wijkteam. Je moet weten dat het boven zit.",
        "Lindeplein 3, ingang",
        9,
        "In januari komt er een bord bij de voordeur en in de hal.",
    ),
    (
        "knelpunt",
        "De bel bij de zij-ingang werkt niet; met een rolstoel kun je alleen daar in.",
        "Lindeplein 3, zij-ingang",
        7,
        "De bel is op 2 november gerepareerd.",
    ),
    (
        "waardering",
        "In de bibliotheek hangt een duidelijke folder over cliëntondersteuning.",
        "Bibliotheek Lindewaard",
        4,
        "",
    ),
    (
        "suggestie",
        "Zet het telefoonnummer van het wijkteam op het scherm in de wachtkamer.",
        "Huisartsenpraktijk Lindeplein",
        6,
        "",
    ),
    (
        "knelpunt",
        "De bushalte is ver weg en er is geen bankje onderweg.",
        "Bushalte Kastanjelaan",
        3,
        "",
    ),
    (
        "waardering",
        "De balie van het sociaal loket is laag, ook goed vanuit een rolstoel.",
        "Gemeentehuis, sociaal loket",
        2,
        "",
    ),
    (
        "suggestie",
        "Een inloopspreekuur op zaterdag, voor mensen die doordeweeks werken.",
        "",
        8,
        "",
    ),
]


@transaction.atomic
def load() -> list[str]:
    traject = Traject.objects.filter(municipality__slug="lindewaard", title=TRAJECT_TITLE).first()
    if traject is None or Walk.objects.filter(traject=traject).exists():
        return ["Demo schouw: already present."]
    walk = services.create_walk(
        traject=traject,
        title="Schouw: de weg naar het wijkteam",
        area="Rond gezondheidscentrum Lindeplein",
        intro=(
            "Samen met inwoners van de wijkraad en de cliëntenraad lopen we de weg naar het "
            "wijkteam. Schrijf op wat helpt en wat in de weg zit."
        ),
    )
    services.set_status(walk=walk, status=Walk.Status.OPEN)
    for category, description, place, support, response in POINTS:
        point = services.add_point(
            walk=walk, category=category, description=description, location_text=place
        )
        for _ in range(support):
            services.support(point=point)
        if response:
            services.respond(point=point, response=response)
    return [f"Demo schouw: {len(POINTS)} points in {traject}."]
