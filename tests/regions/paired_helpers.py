"""Shared set-up for the paired-questionnaire tests: one traject per municipality with the
client list and the professional list of the Toegangsspiegel, answered with given values."""

from samenspraak.instruments import services as instrument_services
from samenspraak.instruments.models import Instrument
from samenspraak.responses import services as response_services
from tests.factories import TrajectFactory, TrajectSharingFactory

CLIENTS, PROFESSIONALS = "toegangsspiegel-clienten", "toegangsspiegel-professionals"
STATEMENTS = [
    "weet_waar",
    "snel_gesprek",
    "gehoord",
    "ondersteuner_genoemd",
    "ondersteuner_onafhankelijk",
    "volgende_stap",
    "hulp_past",
]
SECRET = "Mevrouw Jansen van de Dorpsstraat 12 wachtte zes weken"


def answer(instrument, values, *, key="weet_waar", open_text=""):
    """One complete response per value for ``key``; every other statement says 3."""
    for value in values:
        answers = dict.fromkeys(STATEMENTS, "3") | {key: value}
        if open_text:
            answers["beter"] = open_text
        response_services.submit_complete(instrument=instrument, answers=answers, channel="online")


def run_pair(municipality, clients, professionals, *, level="aggregaten", open_text=SECRET):
    """Both lists in one shared traject; returns (client list, professional list)."""
    traject = TrajectFactory(municipality=municipality)
    TrajectSharingFactory(traject=traject, level=level)
    made = []
    for template_key, values in ((CLIENTS, clients), (PROFESSIONALS, professionals)):
        instrument = instrument_services.create_questionnaire(
            traject=traject, template_key=template_key, title="", user=None
        )
        instrument_services.publish(
            instrument=instrument, opens_on=None, closes_on=None, access=Instrument.Access.OPEN
        )
        answer(instrument, values, open_text=open_text)
        made.append(instrument)
    return made


def cells(found, key="weet_waar", round_number=0):
    """Column label → Line for one statement and measurement."""
    statement = next(s for s in found.statements if s.key == key)
    table = next(t for t in statement.tables if t.number == round_number)
    return {str(line.column.label): line for line in table.lines}


def region_line(found, key="weet_waar"):
    return next(line for line in cells(found, key).values() if line.column.region)
