"""Two meeting reports in Lindewaard: a wereldcafé with residents and a dialoogtafel with carers.

Written for the demo; nobody really said these things. The harvest repeats what the demo
questionnaires show (waiting, unclear letters, unknown client support), as a real traject would.
"""

import datetime

from django.db import transaction

from samenspraak.methods.selectors import method_for
from samenspraak.trajects.models import Traject

from . import services
from .models import MeetingSession

TRAJECT_TITLE = "Vindbare toegang tot de Wmo"

SESSIONS = [
    {
        "title": "Wereldcafé toegang in wijkcentrum De Linde",
        "method": "wereldcafe",
        "held_on": datetime.date(2026, 10, 6),
        "participant_count": 28,
        "participant_kinds": "inwoners, mantelzorgers, cliëntondersteuners en wijkteammedewerkers",
        "items": [
            ("uitspraak", "Je moet eerst weten dat het wijkteam bestaat.", "1", 1, 6),
            (
                "citaat",
                "Ik heb drie keer gebeld voordat iemand wist waar mijn vraag hoorde.",
                "1",
                1,
                1,
            ),
            ("idee", "Een vast spreekuur in de bibliotheek, zonder afspraak.", "1", 2, 4),
            (
                "uitspraak",
                "De brief met het besluit lees je twee keer en snap je nog niet.",
                "2",
                1,
                5,
            ),
            ("idee", "Een brief in gewone taal met een plaatje van de stappen.", "2", 2, 3),
            (
                "citaat",
                "Toen de cliëntondersteuner meeging, werd er naar mij geluisterd.",
                "3",
                1,
                1,
            ),
            ("uitspraak", "Veel mensen weten niet dat cliëntondersteuning gratis is.", "3", 2, 7),
            ("idee", "Huisarts en apotheek kunnen de folder meegeven.", "3", 2, 2),
            (
                "afspraak",
                "Het wijkteam test in januari een inloopspreekuur in De Linde.",
                "",
                None,
                1,
            ),
        ],
    },
    {
        "title": "Dialoogtafel mantelzorgers",
        "method": "dialoogtafel",
        "held_on": datetime.date(2026, 10, 20),
        "participant_count": 9,
        "participant_kinds": "mantelzorgers van ouderen en van kinderen met een beperking",
        "items": [
            (
                "uitspraak",
                "Als mantelzorger vraag je pas hulp als het eigenlijk al te laat is.",
                "",
                None,
                5,
            ),
            ("citaat", "Ik wist niet dat ik ook voor mezelf iets mocht vragen.", "", None, 1),
            (
                "uitspraak",
                "Bij het keukentafelgesprek ging het alleen over mijn moeder, niet over mij.",
                "",
                None,
                3,
            ),
            ("idee", "Vraag in elk gesprek ook hoe het met de mantelzorger gaat.", "", None, 4),
            ("idee", "Eén vast telefoonnummer dat ook 's avonds opneemt.", "", None, 2),
            (
                "afspraak",
                "De gemeente nodigt deze groep in het voorjaar weer uit: wat is er veranderd?",
                "",
                None,
                1,
            ),
        ],
    },
]


@transaction.atomic
def load() -> list[str]:
    traject = Traject.objects.filter(municipality__slug="lindewaard", title=TRAJECT_TITLE).first()
    if traject is None or MeetingSession.objects.filter(traject=traject).exists():
        return ["Demo meeting reports: already present."]
    for data in SESSIONS:
        session = services.create_session(
            traject=traject,
            method=method_for(data["method"]),
            title=data["title"],
            held_on=data["held_on"],
            participant_count=data["participant_count"],
            participant_kinds=data["participant_kinds"],
        )
        for kind, text, table, round_number, mentions in data["items"]:
            services.add_item(
                session=session,
                kind=kind,
                text=text,
                table=table,
                round_number=round_number,
                mentions=mentions,
            )
    return [f"Demo meeting reports: a wereldcafé and a dialoogtafel in {traject}."]
