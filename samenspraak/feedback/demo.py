"""The end of the demo cycle in Lindewaard: a 1-meting after the first actions, and a published
feedback page with residents' recognition answers, so `make run` shows the whole lemniscaat."""

import datetime
import random

from django.contrib.auth import get_user_model
from django.db import transaction

from samenspraak.instruments import services as instrument_services
from samenspraak.instruments.models import Instrument, Round
from samenspraak.responses.demo import TRAJECT_TITLE, ceo_answers, fill
from samenspraak.trajects.services import start_new_round

from . import services

INTRO = (
    "In september 2026 vroegen we inwoners hoe het ging toen zij hulp zochten. "
    "Het ging om hulp uit de Wmo, zoals huishoudelijke hulp of een scootmobiel. "
    "Bijna 300 mensen vulden een vragenlijst in. Anderen vertelden hun verhaal of liepen mee "
    "met de schouw. In oktober en november vroegen we het opnieuw, na de eerste acties. "
    "Hieronder leest u wat we hoorden, wat we ermee doen en wat het tot nu toe opleverde."
)
TAKE_PART = (
    "In het voorjaar van 2027 vragen we het nog een keer. Dan kijken we of het beter gaat. "
    "Wilt u meedoen? Laat hieronder uw e-mailadres achter. Dan krijgt u bericht."
)
# The 1-meting starts on a fixed day, so journeys split the same way on every load; its answers
# are dated up to 40 days later, all before the day this demo was written.
SECOND_START = datetime.date(2026, 10, 13)
# After the first actions more people knew where to go and felt helped quickly.
IMPROVED = {"wist_waar": 0.35, "snel_geholpen": 0.3}


def _second_round_answers(rng):
    answers = ceo_answers(rng)
    for key, chance in IMPROVED.items():
        if answers[key] in ("1", "2", "3") and rng.random() < chance:
            answers[key] = "4"
    return answers


def _second_measurement(traject, rng) -> int:
    ceo = Instrument.objects.filter(traject=traject, template_key="ceo-wmo").first()
    if ceo is None or ceo.rounds.count() > 1:
        return 0
    start = SECOND_START
    start_new_round(traject=traject, name="1-meting")
    Round.objects.filter(instrument__traject=traject, name="1-meting").update(started_on=start)
    ceo.refresh_from_db()
    # Open while the demo answers go in; the answering period lies in the past afterwards.
    for closes_on in (None, start + datetime.timedelta(days=42)):
        instrument_services.publish(
            instrument=ceo,
            opens_on=start,
            closes_on=closes_on,
            access=ceo.access,
            feedback_expected=ceo.feedback_expected,
        )
        if closes_on is None:
            codes = [c.code for c in instrument_services.generate_codes(instrument=ceo, count=250)]
            fill(ceo, 104, _second_round_answers, rng, codes=codes, start=start)
    return 104


def _recognitions(publication) -> None:
    """Most recognise the first finding; the second is not recognised by many, so staff see
    the flag that asks for another look."""
    answers = [(7, 4, 1), (3, 3, 4)]  # yes, partly, no
    remarks = [
        "Bij mij ging het precies zo.",
        "Ik kreeg wel snel antwoord, maar de brief begreep ik niet.",
    ]
    for finding, (yes, partly, no), remark in zip(
        publication.content["findings"], answers, remarks, strict=False
    ):
        for n, answer in enumerate(["ja"] * yes + ["deels"] * partly + ["nee"] * no):
            services.recognise(
                publication=publication,
                finding_pk=finding["pk"],
                answer=answer,
                remark=remark if n == 0 else "",
            )


def _figures(traject) -> None:
    """The findings' figures, read from the goal tree's indicators so they match the data."""
    from samenspraak.actions.indicators import series
    from samenspraak.actions.models import Indicator

    wording = {
        "wist_waar": "In de 0-meting wist {value}% van de cliënten waar ze met hun hulpvraag "
        "heen konden (n = {n}).",
        "snel_geholpen": "In de 0-meting voelde {value}% van de cliënten zich snel geholpen "
        "(n = {n}).",
    }
    for finding, key in zip(traject.findings.order_by("position"), wording, strict=False):
        indicator = Indicator.objects.filter(goal__traject=traject, question_key=key).first()
        baseline = series(indicator).points[0] if indicator else None
        if baseline is not None and baseline.value is not None and not finding.figures:
            finding.figures = wording[key].format(value=round(baseline.value), n=baseline.n)
            finding.save(update_fields=["figures"])


@transaction.atomic
def load() -> list[str]:
    from samenspraak.trajects.models import Traject

    traject = Traject.objects.filter(municipality__slug="lindewaard", title=TRAJECT_TITLE).first()
    if traject is None or traject.publications.exists():
        return ["Demo feedback page: already present."]
    rng = random.Random(2027)  # noqa: S311 - reproducible demo data, not a secret
    second = _second_measurement(traject, rng)
    _figures(traject)
    services.save_page(traject=traject, intro=INTRO, take_part=TAKE_PART)
    staff = get_user_model().objects.get(email="beheerder@lindewaard.example")
    publication = services.publish(traject=traject, user=staff)
    _recognitions(publication)
    return [
        f"Demo 1-meting: {second} CEO answers; feedback page version {publication.version} "
        f"published for {traject}."
    ]
