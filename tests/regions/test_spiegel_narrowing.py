"""Narrowing the spiegel to a regional traject must not let the full comparison minus the narrowed
one reveal a municipality's other shared answers when they are too few to show."""

import random

import pytest

from samenspraak.instruments import services as instrument_services
from samenspraak.instruments.models import Instrument
from samenspraak.organisations.roles import Role
from samenspraak.regions import regional, spiegel
from samenspraak.responses import services as response_services
from samenspraak.responses.demo import ceo_answers
from tests.factories import MembershipFactory, UserFactory
from tests.regions.test_spiegel import run_ceo, wist_waar

pytestmark = pytest.mark.django_db


def answer(instrument, values):
    for value in values:
        answers = ceo_answers(random.Random(3))
        answers["wist_waar"] = value
        response_services.submit_complete(instrument=instrument, answers=answers, channel="online")


def join_and_answer(regional_traject, municipality, values):
    staff = MembershipFactory(municipality=municipality, role=Role.BEHEERDER).user
    joined = regional.join(regional=regional_traject, municipality=municipality, user=staff)
    instrument = joined.traject.instruments.get(template_key="ceo-wmo")
    instrument_services.publish(
        instrument=instrument, opens_on=None, closes_on=None, access=Instrument.Access.OPEN
    )
    answer(instrument, values)


@pytest.fixture
def regional_traject(region):
    return regional.save_regional_traject(
        region=region,
        user=UserFactory(),
        title="Samen meten",
        question="Weten inwoners de weg?",
        goal="",
        plan="",
        template_keys=["ceo-wmo"],
    )


def narrowed(region, regional_traject):
    return spiegel.comparison(
        region,
        "ceo-wmo",
        anonymous=False,
        trajects=regional.participant_trajects(regional_traject),
    )


def test_a_figure_is_hidden_while_what_narrowing_leaves_out_is_too_few(
    region, lindewaard, oosterbeemd, regional_traject
):
    join_and_answer(regional_traject, lindewaard, ["5"] * 6)
    join_and_answer(regional_traject, oosterbeemd, ["2"] * 5)
    other = run_ceo(lindewaard, ["1"] * 3)  # Lindewaard's other shared CEO: 3 answers

    full = wist_waar(spiegel.comparison(region, "ceo-wmo", anonymous=False))
    assert (full["Lindewaard"].value, full["Lindewaard"].n) == (66.7, 9)

    found = narrowed(region, regional_traject)
    cells = wist_waar(found)
    assert cells["Lindewaard"].status == "hidden" and cells["Lindewaard"].value is None
    assert (cells["Oosterbeemd"].value, cells["Oosterbeemd"].n) == (0.0, 5)
    region_cell = cells[found.columns[-1].label]
    assert (region_cell.value, region_cell.n) == (0.0, 5)  # Lindewaard left out of the pool

    answer(other, ["1", "1"])  # now 5 left out: enough to show on their own
    cells = wist_waar(narrowed(region, regional_traject))
    assert (cells["Lindewaard"].value, cells["Lindewaard"].n) == (100.0, 6)


def test_without_other_shared_answers_nothing_is_hidden(
    region, lindewaard, oosterbeemd, regional_traject
):
    join_and_answer(regional_traject, lindewaard, ["5"] * 6)
    join_and_answer(regional_traject, oosterbeemd, ["2"] * 5)

    cells = wist_waar(narrowed(region, regional_traject))
    assert (cells["Lindewaard"].value, cells["Lindewaard"].n) == (100.0, 6)
