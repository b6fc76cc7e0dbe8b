"""The shipped questionnaire templates: valid, tied to catalogue methods, and answerable."""

import json

import pytest

from samenspraak.instruments import services
from samenspraak.instruments.models import Instrument
from samenspraak.instruments.templates_catalogue import read_templates
from samenspraak.methods.catalogue import read_entries
from samenspraak.methods.services import sync_catalogue
from samenspraak.organisations.roles import Role
from samenspraak.responses.models import Response
from tests.factories import TrajectFactory

NAMED_IN_THE_ISSUE = [
    "toegangsscan",
    "ceo-wmo",
    "vragenlijst-na-contact",
    "flitspeiling",
    "ervaringenkaart",
    "wensen-en-suggestiekaart",
    "straatinterview",
]
# The national standard set, word for word: comparability between municipalities depends on it.
CEO_STATEMENTS = {
    "ceo-1": "Ik wist waar ik moest zijn met mijn hulpvraag",
    "ceo-2": "Ik werd snel geholpen",
    "ceo-3": "De medewerker nam mij serieus",
    "ceo-4": "De medewerker en ik hebben in het gesprek samen naar oplossingen gezocht",
    "ceo-6": "Ik vind de kwaliteit van de ondersteuning die ik krijg goed",
    "ceo-7": "De ondersteuning die ik krijg past bij mijn hulpvraag",
    "ceo-8": "Door de ondersteuning die ik krijg kan ik beter de dingen doen die ik wil",
    "ceo-9": "Door de ondersteuning die ik krijg kan ik mij beter redden",
    "ceo-10": "Door de ondersteuning die ik krijg heb ik een betere kwaliteit van leven",
}


@pytest.fixture(scope="module")
def templates():
    return {t.key: t for t in read_templates()}


def questions(template):
    return [q for s in template.definition["sections"] for q in s["questions"]]


def test_every_template_the_issue_names_is_shipped(templates):
    assert set(NAMED_IN_THE_ISSUE) <= set(templates)


def test_templates_point_at_existing_catalogue_methods(templates):
    slugs = {entry.data["slug"] for entry in read_entries()}
    for template in templates.values():
        assert template.methods, template.key
        assert set(template.methods) <= slugs, template.key


def test_ceo_wmo_carries_the_standard_statements_word_for_word(templates):
    ceo = templates["ceo-wmo"]
    assert ceo.definition["standard"] == "ceo-wmo"
    statements = {
        s["indicator"]: s["text"]
        for q in questions(ceo)
        if q["type"] == "matrix"
        for s in q["statements"]
    }
    assert statements == CEO_STATEMENTS
    for q in questions(ceo):
        if q["type"] == "matrix":
            assert q["scale"] == "likert5" and q["allow_unknown"] is True
    (support_question,) = [q for q in questions(ceo) if q.get("indicator") == "ceo-5"]
    assert support_question["type"] == "yes_no"
    assert support_question["text"] == (
        "Wist u dat u gebruik kon maken van een onafhankelijke cliëntondersteuner?"
    )
    assert any(q["type"] == "text_long" for q in questions(ceo))


def test_street_interview_records_the_respondent_group(templates):
    street = templates["straatinterview"].definition
    assert street["interviewer_fields"] is True
    assert len(street["respondent_groups"]) >= 2


@pytest.mark.django_db
@pytest.mark.parametrize("key", NAMED_IN_THE_ISSUE)
def test_each_template_becomes_an_instrument_named_for_the_municipality(municipality, key):
    traject = TrajectFactory(municipality=municipality)
    instrument = services.create_questionnaire(
        traject=traject, template_key=key, title="", user=None
    )
    text = json.dumps(instrument.current_version.definition, ensure_ascii=False)
    assert "{gemeente}" not in text
    assert instrument.status == Instrument.Status.CONCEPT


@pytest.mark.django_db
def test_a_complete_ceo_response_is_accepted(client, municipality):
    traject = TrajectFactory(municipality=municipality)
    instrument = services.create_questionnaire(
        traject=traject, template_key="ceo-wmo", title="", user=None
    )
    services.publish(instrument=instrument, opens_on=None, closes_on=None, access="open")
    statements = ["wist_waar", "snel_geholpen", "serieus", "samen_oplossingen"]
    statements += ["kwaliteit_goed", "past_bij_vraag", "dingen_doen", "beter_redden"]
    answers = dict.fromkeys([*statements, "kwaliteit_leven"], "4")
    answers |= {"clientondersteuner": "nee", "toelichting": "Fijn geholpen.", "leeftijd": "75-84"}
    response = client.post(
        f"/api/v1/vragenlijsten/{instrument.public_code}/antwoorden/",
        data=json.dumps({"antwoorden": answers}),
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    assert Response.objects.get().status == "compleet"


@pytest.mark.django_db
def test_method_page_offers_its_templates_to_staff(client, member_client):
    sync_catalogue()
    member_client(Role.MEDEWERKER)
    html = client.get("/werkruimte/lindewaard/methoden/ceo-wmo/").content.decode()
    assert "Cliëntervaringsonderzoek Wmo" in html
    assert "vragenlijst-maken/?sjabloon=ceo-wmo" in html
