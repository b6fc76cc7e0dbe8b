"""A diary in Lindewaard: two participants who finished, one still writing.

The entries are written for the demo; nobody really kept this diary.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from samenspraak.trajects.models import Traject

from . import services
from .models import Diary, Entry

TRAJECT_TITLE = "Vindbare toegang tot de Wmo"
FINISHED = [
    [
        (2, "Ik heb het wijkteam gebeld. Ik moest mijn verhaal twee keer vertellen."),
        (3, "Niets gehoord vandaag. Ik weet niet of ik moet terugbellen."),
        (4, "De medewerker belde terug en kwam langs. Ze luisterde goed."),
        (4, "Mijn dochter hielp met het formulier. Alleen had ik het niet gekund."),
        (2, "De brief met het besluit is lang. Ik begrijp niet alles."),
    ],
    [
        (
            3,
            "Op de website gezocht naar hulp bij boodschappen. Veel tekst, weinig duidelijk.",
        ),
        (4, "Bij de bibliotheek was een spreekuur. Daar hielpen ze me verder."),
        (5, "Ik hoor volgende week wanneer de hulp begint. Fijn."),
    ],
]


@transaction.atomic
def load() -> list[str]:
    traject = Traject.objects.filter(municipality__slug="lindewaard", title=TRAJECT_TITLE).first()
    if traject is None or Diary.objects.filter(traject=traject).exists():
        return ["Demo diary: already present."]
    diary = services.create_diary(
        traject=traject,
        title="Twee weken op weg naar hulp",
        intro=(
            "Schrijf twee weken lang elke dag een paar zinnen over het zoeken of krijgen van "
            "hulp. Alleen u kunt uw dagboek lezen tot de twee weken voorbij zijn."
        ),
        days=14,
        prompts=services.DEFAULT_PROMPTS,
    )
    services.set_status(diary=diary, status=Diary.Status.OPEN)
    start = datetime.date(2026, 10, 5)
    for entries in FINISHED:
        participant, _token = services.add_participant(diary=diary, starts_on=start)
        for day, (mood, text) in enumerate(entries):
            Entry.objects.create(
                participant=participant,
                day=start + datetime.timedelta(days=2 * day),
                mood=mood,
                prompt=diary.prompt_for(2 * day + 1),
                text=text,
            )
        services.finish(participant=participant)
    services.add_participant(diary=diary, starts_on=timezone.localdate())
    return [f"Demo diary: {len(FINISHED)} finished and one running in {traject}."]
