"""Which questions the spiegel compares: a standalone five-point question (likert5, smiley5) or
yes/no question as the share of 4–5 or "ja", like a matrix statement; other types not."""

import pytest

from samenspraak.instruments import services as instrument_services
from samenspraak.instruments.models import Instrument
from samenspraak.regions import spiegel
from samenspraak.responses import services as response_services
from tests.factories import TrajectFactory, TrajectSharingFactory

pytestmark = pytest.mark.django_db


def run_kaart(municipality, feelings):
    traject = TrajectFactory(municipality=municipality)
    TrajectSharingFactory(traject=traject, level="aggregaten")
    instrument = instrument_services.create_questionnaire(
        traject=traject, template_key="ervaringenkaart", title="", user=None
    )
    instrument_services.publish(
        instrument=instrument, opens_on=None, closes_on=None, access=Instrument.Access.OPEN
    )
    for feeling in feelings:
        response_services.submit_complete(
            instrument=instrument, answers={"gevoel": feeling}, channel="online"
        )


def test_a_standalone_smiley_question_is_compared(region, lindewaard, oosterbeemd):
    run_kaart(lindewaard, ["5", "4", "4", "2", "1"])  # 3 of 5 good
    run_kaart(oosterbeemd, ["5"] * 5)

    found = spiegel.comparison(region, "ervaringenkaart", anonymous=False)

    assert [row.key for row in found.rows] == ["gevoel"]  # not the three-point "verwachting"
    cells = {line["column"].label: line["cells"][0] for line in found.table(found.rows[0])}
    assert (cells["Lindewaard"].value, cells["Lindewaard"].n) == (60.0, 5)
    assert (cells["Oosterbeemd"].value, cells["Oosterbeemd"].n) == (100.0, 5)
