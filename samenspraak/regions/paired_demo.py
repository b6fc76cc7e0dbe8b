"""Demo Toegangsspiegel: in each municipality of Waterland-Zuid clients and professionals
answered the same statements about access, in a traject shared with the region as figures.

The picture is a familiar one: professionals think residents know the way and hear about free
client support far more often than residents say they do; on being listened to the two groups
are close. Each municipality has its own character. Generated from a fixed seed; no open
answers, so the demo adds no texts to any traject.
"""

import random

from django.contrib.auth import get_user_model

from samenspraak.instruments import services as instrument_services
from samenspraak.instruments.models import Instrument
from samenspraak.responses import services as response_services
from samenspraak.responses.demo import START, TRAJECT_TITLE, fill, published
from samenspraak.responses.models import Channel
from samenspraak.trajects.models import Traject

from .models import SharingLevel
from .selectors import sharing_level
from .services import set_sharing

CLIENTS, PROFESSIONALS = "toegangsspiegel-clienten", "toegangsspiegel-professionals"
# The trajects the spiegel runs in: each municipality's shared access traject.
TRAJECTS = {
    "lindewaard": TRAJECT_TITLE,
    "oosterbeemd": "Cliëntervaring Wmo 2026",
    "marenveld": "Cliëntervaring Wmo 2026",
}
# Mean answer (1–5) per statement: (clients, professionals).
MEANS = {
    "weet_waar": (3.6, 4.3),
    "snel_gesprek": (3.3, 3.2),
    "gehoord": (4.0, 4.1),
    "ondersteuner_genoemd": (3.3, 4.2),
    "ondersteuner_onafhankelijk": (3.3, 3.9),
    "volgende_stap": (3.5, 3.8),
    "hulp_past": (3.8, 3.8),
}
# (slug, clients, professionals, shift of the means (clients, professionals)): in Oosterbeemd the
# two groups are closer together, in Marenveld further apart.
RUNS = [
    ("lindewaard", 64, 18, (0.0, 0.0)),
    ("oosterbeemd", 82, 23, (0.3, 0.0)),
    ("marenveld", 47, 12, (-0.2, 0.1)),
]


def _likert(rng: random.Random, mean: float) -> str:
    if rng.random() < 0.07:
        return "weet_niet"
    return str(min(5, max(1, round(rng.gauss(mean, 0.9)))))


def _answers(group: int, shift: tuple[float, float], soort: tuple[str, list[str]]):
    def make(rng):
        answers = {key: _likert(rng, means[group] + shift[group]) for key, means in MEANS.items()}
        answers[soort[0]] = rng.choice(soort[1])
        return answers

    return make


def load(region, coordinator) -> None:
    rng = random.Random(2029)  # noqa: S311 - reproducible demo data, not a secret
    for slug, clients, professionals, shift in RUNS:
        traject = Traject.objects.filter(
            municipality__slug=slug, municipality__region=region, title=TRAJECTS[slug]
        ).first()
        if (
            traject is None
            or Instrument.objects.filter(traject=traject, template_key=CLIENTS).exists()
        ):
            continue
        staff = get_user_model().objects.filter(email=f"beheerder@{slug}.example").first()
        if sharing_level(traject) == SharingLevel.NIETS:
            set_sharing(traject=traject, level=SharingLevel.AGGREGATEN, user=staff)
        for_clients = published(traject, CLIENTS, Instrument.Access.CODES, staff)
        codes = instrument_services.generate_codes(instrument=for_clients, count=clients + 40)
        fill(
            for_clients,
            clients,
            _answers(0, shift, ("soort_hulp", ["wmo", "wmo", "wmo", "jeugd", "beide"])),
            rng,
            codes=[c.code for c in codes],
            start=START,
        )
        for_staff = published(traject, PROFESSIONALS, Instrument.Access.OPEN, staff)
        make = _answers(1, shift, ("functie", ["wmo", "jeugd", "wijkteam", "clientondersteuning"]))
        for _n in range(professionals):
            response_services.submit_complete(
                instrument=for_staff, answers=make(rng), channel=Channel.ONLINE
            )
