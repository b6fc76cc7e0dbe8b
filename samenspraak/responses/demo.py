"""Demo answers in Lindewaard: a Toegangsscan anyone could answer and a CEO Wmo sent by letter.

The answers are generated from a fixed seed, so every `make run` shows the same picture: most
residents find the way to help, waiting for the first conversation is the sore point, and one in
three clients did not know about independent client support. The open answers are written for
the demo; no real resident said them.
"""

import datetime
import random

from django.db import transaction

from samenspraak.instruments import services as instrument_services
from samenspraak.instruments.models import Instrument
from samenspraak.trajects.models import Traject

from . import services
from .models import Channel, Response

TRAJECT_TITLE = "Vindbare toegang tot de Wmo"
START = datetime.date(2026, 9, 7)

GOOD = [
    "De medewerker van het wijkteam nam echt de tijd voor mij.",
    "Ik werd teruggebeld op de dag die was afgesproken.",
    "Het gesprek was bij mij thuis, dat vond ik prettig.",
    "Mijn dochter mocht meepraten, dat hielp.",
    "De uitleg over de scootmobiel was duidelijk.",
    "Vriendelijk en geduldig, ook toen ik het niet meteen begreep.",
]
BETTER = [
    "Ik moest bijna zes weken wachten op het eerste gesprek.",
    "Op de website kon ik niet vinden wie ik moest bellen.",
    "De brief met het besluit was moeilijk te lezen.",
    "Ik moest mijn verhaal drie keer vertellen aan verschillende mensen.",
    "Niemand vertelde mij dat ik hulp kon krijgen van een cliëntondersteuner.",
    "Het telefoonnummer was alleen overdag bereikbaar, terwijl ik werk.",
    "Na het gesprek hoorde ik lange tijd niets.",
]
IDEAS = [
    "Een vast spreekuur in de bibliotheek.",
    "Eén persoon die je de hele tijd helpt.",
    "Een korte brief in gewone taal, met een plaatje van de stappen.",
    "Een berichtje wanneer je aanvraag een stap verder is.",
]
CHANNELS = [Channel.ONLINE] * 6 + [Channel.PAPER] * 2 + [Channel.ASSISTED, Channel.KIOSK]
LETTER_CHANNELS = [Channel.PAPER, Channel.ONLINE, Channel.ASSISTED]  # the CEO comes by letter


def _likert(rng: random.Random, mean: float) -> str:
    if rng.random() < 0.06:
        return "weet_niet"
    return str(min(5, max(1, round(rng.gauss(mean, 1.0)))))


def _toegangsscan_answers(rng: random.Random) -> dict:
    answers = {
        "rol": rng.choices(["zelf", "naaste", "vertegenwoordiger", "niet"], [55, 30, 5, 10])[0]
    }
    if answers["rol"] == "niet":
        answers["idee"] = rng.choice(IDEAS) if rng.random() < 0.3 else None
        return answers
    answers["onderwerp"] = rng.sample(["thuis", "geld", "gezondheid", "eenzaamheid"], k=1)
    for key, mean in (
        ("vinden", 3.6),
        ("bereikbaar", 3.4),
        ("wachten", 2.4),
        ("luisteren", 4.1),
        ("uitleg", 3.5),
        ("volgende_stap", 3.0),
    ):
        answers[key] = _likert(rng, mean)
    answers["cijfer"] = str(min(10, max(1, round(rng.gauss(6.6, 1.5)))))
    answers["goed"] = rng.choice(GOOD) if rng.random() < 0.45 else None
    answers["beter"] = rng.choice(BETTER) if rng.random() < 0.6 else None
    answers["idee"] = rng.choice(IDEAS) if rng.random() < 0.2 else None
    return answers


def ceo_answers(rng: random.Random) -> dict:
    answers = {
        key: _likert(rng, mean)
        for key, mean in (
            ("wist_waar", 3.7),
            ("snel_geholpen", 3.1),
            ("serieus", 4.2),
            ("samen_oplossingen", 3.9),
            ("kwaliteit_goed", 4.0),
            ("past_bij_vraag", 3.9),
            ("dingen_doen", 3.6),
            ("beter_redden", 3.8),
            ("kwaliteit_leven", 3.6),
        )
    }
    answers["clientondersteuner"] = "ja" if rng.random() < 0.64 else "nee"
    answers["toelichting"] = rng.choice(BETTER + GOOD) if rng.random() < 0.35 else None
    answers["leeftijd"] = rng.choices(
        ["35-54", "55-64", "65-74", "75-84", "85-plus"], [10, 12, 25, 33, 20]
    )[0]
    answers["ingevuld_door"] = rng.choices(["zelf", "met_hulp", "ander"], [60, 25, 15])[0]
    return answers


def fill(instrument, count, make_answers, rng, codes=(), start=START):
    codes = list(codes)
    for n in range(count):
        response = services.submit_complete(
            instrument=instrument,
            answers=make_answers(rng),
            channel=rng.choices(LETTER_CHANNELS, [45, 45, 10])[0]
            if codes
            else rng.choice(CHANNELS),
            code=codes[n] if codes else "",
        )
        day = start + datetime.timedelta(days=min(40, int(rng.expovariate(1 / 9))))
        Response.objects.filter(pk=response.pk).update(submitted_on=day)


def published(traject, template_key, access, user=None):
    """A questionnaire from a template, published at once: the demo's way to start one."""
    instrument = instrument_services.create_questionnaire(
        traject=traject, template_key=template_key, title="", user=user
    )
    return instrument_services.publish(
        instrument=instrument, opens_on=None, closes_on=None, access=access
    )


@transaction.atomic
def load() -> list[str]:
    traject = Traject.objects.filter(municipality__slug="lindewaard", title=TRAJECT_TITLE).first()
    if traject is None or Instrument.objects.filter(traject=traject).exists():
        return ["Demo answers: already present."]
    rng = random.Random(2026)  # noqa: S311 - reproducible demo data, not a secret
    scan = published(traject, "toegangsscan", Instrument.Access.OPEN)
    fill(scan, 164, _toegangsscan_answers, rng)
    ceo = published(traject, "ceo-wmo", Instrument.Access.CODES)
    codes = [c.code for c in instrument_services.generate_codes(instrument=ceo, count=300)]
    fill(ceo, 118, ceo_answers, rng, codes=codes)
    # The answering period lies in the past: set the dates only once the answers are in.
    for instrument, feedback in (
        (scan, "Eind november 2026 op de website van de gemeente."),
        (ceo, "Voor 1 juli 2027 op de website van de gemeente."),
    ):
        instrument_services.publish(
            instrument=instrument,
            opens_on=START,
            closes_on=START + datetime.timedelta(days=42),
            access=instrument.access,
            feedback_expected=feedback,
        )
    return [f"Demo answers: Toegangsscan (164) and CEO Wmo (118 of 300 letters) in {traject}."]
