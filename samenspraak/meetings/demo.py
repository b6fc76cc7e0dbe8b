"""Two meeting reports in Lindewaard: a wereldcafé with residents and a dialoogtafel with carers;
a regional landkaart that Oosterbeemd started from a werkvorm and shares with the region; and a
kunst & cultuur exhibition in Marenveld, whose works are pictures drawn here by code (the demo
ships no photos of real works or people).

Written for the demo; nobody really said these things. The harvest repeats what the demo
questionnaires show (waiting, unclear letters, unknown client support), as a real traject would.
"""

import datetime

from django.db import transaction

from samenspraak.methods.selectors import method_for
from samenspraak.organisations.models import Municipality
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
    return _meeting_reports() + _landkaart() + _kunst()


def _meeting_reports() -> list[str]:
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


LANDKAART_TITLE = "Landkaart samenwerking cliëntondersteuning Waterland-Zuid"
# (municipality, theme number in the werkvorm's themes, position 1–5, explanation)
POSITIONS = [
    ("Lindewaard", 0, 4, "Koopt sinds dit jaar samen met Oosterbeemd in."),
    ("Lindewaard", 1, 2, "Intervisie alleen binnen de eigen gemeente."),
    ("Lindewaard", 2, 3, "Folder bij de huisartsen; inwoners kennen het nog weinig."),
    ("Lindewaard", 3, 1, ""),
    ("Oosterbeemd", 0, 4, "Gezamenlijke inkoop met Lindewaard loopt."),
    ("Oosterbeemd", 1, 3, "Cliëntondersteuners volgen samen met Marenveld scholing."),
    ("Oosterbeemd", 2, 2, "Nog geen gezamenlijke campagne."),
    ("Oosterbeemd", 3, 2, "Wil graag meedoen aan een mystery guest in de regio."),
    ("Marenveld", 0, 1, "Koopt nog zelf in; wacht de evaluatie af."),
    ("Marenveld", 1, 3, "Samen scholing met Oosterbeemd."),
    ("Marenveld", 2, 4, "Week van de cliëntondersteuning in 2026 goed bezocht."),
    ("Marenveld", 3, 1, ""),
]


def _werkvorm_meeting(slug, werkvorm, title, held_on, participant_count, participant_kinds):
    """A municipality's werkvorm traject with its meeting held, found by title when it exists
    (so loading twice changes nothing), and shared with the region as aggregates."""
    from django.contrib.auth import get_user_model

    from samenspraak.regions.models import SharingLevel
    from samenspraak.regions.services import set_sharing
    from samenspraak.trajects.services import start_from_werkvorm
    from samenspraak.trajects.werkvormen import werkvorm_for

    municipality = Municipality.objects.filter(slug=slug).first()
    if municipality is None or method_for(werkvorm) is None:
        return None
    user = get_user_model().objects.filter(email=f"beheerder@{slug}.example").first()
    traject = Traject.objects.filter(municipality=municipality, title=title).first()
    if traject is None:
        traject, _session = start_from_werkvorm(
            municipality=municipality,
            created_by=user,
            werkvorm=werkvorm,
            title=title,
            question=werkvorm_for(werkvorm).question,
        )
    session = traject.meeting_sessions.first()
    if session.is_planned:
        services.update_session(
            session=session,
            method=session.method,
            title=session.title,
            held_on=held_on,
            participant_count=participant_count,
            participant_kinds=participant_kinds,
        )
    set_sharing(traject=traject, level=SharingLevel.AGGREGATEN, user=user)
    return session


def _landkaart() -> list[str]:
    from .harvest import landkaart_entry

    session = _werkvorm_meeting(
        "oosterbeemd",
        "landkaart",
        LANDKAART_TITLE,
        datetime.date(2026, 9, 15),
        18,
        "beleidsmakers van drie gemeenten, cliëntondersteuners, adviesraden",
    )
    if session is None:
        return ["Demo landkaart: skipped (no Oosterbeemd or no catalogue)."]
    if not session.items.exists():
        themes = session.harvest_settings["themes"]
        for name, theme, position, note in POSITIONS:
            services.add_item(
                session=session, **landkaart_entry(name, themes[theme], position, note)
            )
    return [f"Demo landkaart: {session.traject} in Oosterbeemd, shared with the region."]


KUNST_TITLE = "Expositie: de weg naar hulp"
# (title, kind, description, what it says about access, what the picture shows or None)
WORKS = [
    (
        "De lange rij",
        "beeld",
        "Een tekening van negen mensen in een rij voor een bruine deur zonder klink.",
        "Wie hulp vraagt, staat lang te wachten voor een deur die niet opengaat.",
        "Tekening: negen figuren in een rij voor een dichte bruine deur.",
    ),
    (
        "Het doolhof",
        "beeld",
        "Een doolhof van gekleurde lijnen met in het midden een klein huis.",
        "Je weet niet welk loket je moet hebben; elke gang lijkt dood te lopen.",
        "Tekening: een doolhof van blauwe en groene lijnen met in het midden een rood huisje.",
    ),
    (
        "Gedicht voor de cliëntondersteuner",
        "tekst",
        "Een gedicht van acht regels, voorgelezen door de maker.",
        "Toen iemand naast mij zat, durfde ik te zeggen wat ik nodig had.",
        None,
    ),
]


def _drawing(title: str):
    """A simple picture for a demo work, drawn in memory as a JPEG upload."""
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1200, 900), "#f4ecdf")
    draw = ImageDraw.Draw(image)
    if title == "De lange rij":
        draw.rectangle((1000, 180, 1140, 760), fill="#6b4226")
        for n in range(9):
            x = 80 + n * 100
            draw.ellipse((x, 330, x + 60, 390), fill="#33415c")
            draw.rectangle((x + 5, 395, x + 55, 680), fill="#5c677d")
    else:
        for n in range(12):
            inset = 40 + n * 30
            colour = "#1f6f8b" if n % 2 else "#2e8b57"
            draw.rectangle((inset, inset, 1200 - inset, 900 - inset), outline=colour, width=8)
        draw.polygon([(560, 420), (600, 380), (640, 420)], fill="#b22222")
        draw.rectangle((570, 420, 630, 470), fill="#b22222")
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return SimpleUploadedFile(f"{title}.jpg", buffer.getvalue(), "image/jpeg")


def _kunst() -> list[str]:
    session = _werkvorm_meeting(
        "marenveld",
        "kunst-en-cultuur",
        KUNST_TITLE,
        datetime.date(2026, 10, 21),
        35,
        "bewoners, deelnemers van de dagbesteding, twee kunstenaars",
    )
    if session is None:
        return ["Demo kunst & cultuur: skipped (no Marenveld or no catalogue)."]
    if not session.items.exists():
        for title, kind, description, access, picture in WORKS:
            services.add_item(
                session=session,
                kind="uitspraak",
                text=access,
                details={"werk": title, "vorm": kind, "beschrijving": description},
                question_text=title,
                photo=_drawing(title) if picture else None,
                photo_description=picture or "",
                maker_agrees=bool(picture),
            )
    return [
        f"Demo kunst & cultuur: {session.traject} in Marenveld, three works, shared with the "
        "region."
    ]
