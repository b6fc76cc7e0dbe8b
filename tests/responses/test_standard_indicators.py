"""CEO Wmo: which answers count towards the standard indicators, and what they say."""

import copy
import json

import pytest

from samenspraak.instruments import services
from samenspraak.organisations.roles import Role
from samenspraak.responses.selectors import standard_indicators
from tests.factories import InstrumentFactory, TrajectFactory

STATEMENTS = [
    "wist_waar",
    "snel_geholpen",
    "serieus",
    "samen_oplossingen",
    "kwaliteit_goed",
    "past_bij_vraag",
    "dingen_doen",
    "beter_redden",
    "kwaliteit_leven",
]


@pytest.fixture
def ceo(municipality):
    instrument = services.create_questionnaire(
        traject=TrajectFactory(municipality=municipality),
        template_key="ceo-wmo",
        title="",
        user=None,
    )
    return services.publish(instrument=instrument, opens_on=None, closes_on=None, access="open")


def answer(client, instrument, value, support="ja"):
    answers = dict.fromkeys(STATEMENTS, value) | {"clientondersteuner": support}
    response = client.post(
        f"/api/v1/vragenlijsten/{instrument.public_code}/antwoorden/",
        data=json.dumps({"antwoorden": answers}),
        content_type="application/json",
    )
    assert response.status_code == 201, response.content


def row(result, code):
    return next(r for r in result["rows"] if r["code"] == code)


@pytest.mark.django_db
def test_agreement_share_leaves_out_dont_know(client, ceo):
    answer(client, ceo, "5")
    answer(client, ceo, "2", support="nee")
    answer(client, ceo, "weet_niet")
    result = standard_indicators(ceo)
    assert result["standard"] == "ceo-wmo"
    assert (result["counted"], result["complete"]) == (3, 3)
    first = row(result, "ceo-1")
    assert (first["n"], first["unknown"], first["percent"]) == (2, 1, 50)
    support = row(result, "ceo-5")
    assert (support["n"], support["percent"]) == (3, 67)
    assert result["deviations"] == []


@pytest.mark.django_db
def test_answers_to_changed_wording_do_not_count(client, ceo):
    answer(client, ceo, "4")
    definition = copy.deepcopy(ceo.current_version.definition)
    definition["sections"][0]["questions"][0]["statements"][1]["text"] = "Ik kreeg vlot hulp"
    services.save_definition(instrument=ceo, definition=definition)
    ceo.refresh_from_db()
    answer(client, ceo, "4")
    result = standard_indicators(ceo)
    assert (result["counted"], result["complete"]) == (1, 2)
    changed = row(result, "ceo-2")
    assert (changed["n"], changed["changed_wording"]) == (1, 1)
    assert [r["code"] for r in result["deviations"]] == ["ceo-2"]
    assert row(result, "ceo-1")["n"] == 2


@pytest.mark.django_db
def test_instruments_without_a_standard_have_no_indicator_section(db):
    instrument = InstrumentFactory()
    assert standard_indicators(instrument) is None


@pytest.mark.django_db
def test_results_page_shows_the_indicators(client, member_client, ceo):
    answer(client, ceo, "5")
    member_client(Role.ANALIST)
    html = client.get(f"/werkruimte/lindewaard/instrumenten/{ceo.pk}/resultaten/").content.decode()
    assert "Ik wist waar ik moest zijn met mijn hulpvraag" in html
    assert "100%" in html
