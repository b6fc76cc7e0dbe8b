import datetime

import pytest

from samenspraak.organisations.roles import Role
from samenspraak.responses.models import Answer, Response
from tests.factories import InstrumentFactory, TrajectFactory


@pytest.fixture
def instrument(municipality):
    return InstrumentFactory(traject=TrajectFactory(municipality=municipality), status="concept")


def base(instrument):
    return f"/werkruimte/lindewaard/instrumenten/{instrument.pk}/vragen/"


def keys(instrument):
    from samenspraak.instruments.questionnaire import iter_questions

    instrument.refresh_from_db()
    return [q["key"] for _s, q in iter_questions(instrument.current_version.definition)]


NEW_CHOICE = {
    "section": "contact",
    "text": "Via welke weg zocht u hulp?",
    "type": "single_choice",
    "options": "Telefoon\nBalie\nWebsite",
    "other_option": "on",
    "required": "on",
}


@pytest.mark.django_db
def test_add_a_choice_question(client, member_client, instrument):
    member_client(Role.MEDEWERKER)
    assert client.post(base(instrument) + "nieuw/", NEW_CHOICE).status_code == 302
    instrument.refresh_from_db()
    question = instrument.current_version.definition["sections"][0]["questions"][-1]
    assert question["key"] == "via_welke_weg_zocht_u_hulp"
    assert [o["label"] for o in question["options"]] == ["Telefoon", "Balie", "Website"]
    assert question["other_option"] is True
    assert instrument.versions.count() == 1  # no answers yet: the draft is changed in place


@pytest.mark.django_db
def test_too_few_options_keeps_input(client, member_client, instrument):
    member_client(Role.MEDEWERKER)
    html = client.post(
        base(instrument) + "nieuw/", {**NEW_CHOICE, "options": "Telefoon"}
    ).content.decode()
    assert "<title>Fout:" in html
    assert "Schrijf minstens twee mogelijkheden" in html
    assert "Via welke weg zocht u hulp?" in html
    assert "via_welke_weg" not in str(instrument.current_version.definition)


@pytest.mark.django_db
def test_skip_logic_is_added_and_shown(client, member_client, instrument):
    member_client(Role.MEDEWERKER)
    client.post(
        base(instrument) + "nieuw/",
        {
            "section": "contact",
            "text": "Waarom niet?",
            "type": "text_short",
            "condition_question": "contact",
            "condition_op": "equals",
            "condition_value": "nee",
        },
    )
    instrument.refresh_from_db()
    question = instrument.current_version.definition["sections"][0]["questions"][-1]
    assert question["show_if"] == {"all": [{"question": "contact", "op": "equals", "value": "nee"}]}


@pytest.mark.django_db
def test_condition_can_only_point_back(client, member_client, instrument):
    member_client(Role.MEDEWERKER)
    form = client.get(base(instrument) + "contact/").content.decode()
    assert 'value="wachten"' not in form  # a later question cannot be chosen
    # Moving the referenced question below the one that refers to it is refused.
    client.post(base(instrument) + "contact/verplaatsen/", {"richting": "omlaag"})
    assert keys(instrument)[:2] == ["contact", "wachten"]
    page = client.get(base(instrument)).content.decode()
    assert "geen eerdere vraag" in page


@pytest.mark.django_db
def test_question_in_use_by_a_condition_cannot_be_removed(client, member_client, instrument):
    member_client(Role.MEDEWERKER)
    client.post(base(instrument) + "contact/verwijderen/")
    assert "contact" in keys(instrument)
    client.post(base(instrument) + "beter/verwijderen/")
    assert "beter" not in keys(instrument)


@pytest.mark.django_db
def test_change_after_answers_makes_a_new_version(client, member_client, instrument):
    old = instrument.current_version
    response = Response.objects.create(
        instrument=instrument,
        version=old,
        round=instrument.rounds.first(),
        status="compleet",
        submitted_on=datetime.date(2027, 1, 1),
    )
    Answer.objects.create(response=response, question_key="contact", value="ja")
    member_client(Role.MEDEWERKER)
    client.post(
        base(instrument) + "contact/",
        {
            "section": "contact",
            "text": "Had u contact met het sociaal wijkteam?",
            "type": "yes_no",
            "required": "on",
        },
    )
    assert instrument.versions.count() == 2
    old.refresh_from_db()
    instrument.refresh_from_db()
    assert (
        old.definition["sections"][0]["questions"][0]["text"] == "Had u contact met het wijkteam?"
    )
    assert instrument.current_version.definition["sections"][0]["questions"][0]["text"].endswith(
        "sociaal wijkteam?"
    )


@pytest.mark.django_db
def test_texts_are_edited(client, member_client, instrument):
    member_client(Role.MEDEWERKER)
    client.post(
        base(instrument),
        {
            "title": "Nieuwe titel",
            "intro": "Lindewaard vraagt u om mee te denken. Het duurt kort.",
            "closing": "Dank u wel. In mei hoort u meer.",
            "estimated_minutes": "4",
        },
    )
    instrument.refresh_from_db()
    assert instrument.title == "Nieuwe titel"
    assert instrument.current_version.definition["estimated_minutes"] == 4


@pytest.mark.django_db
def test_adviesraad_cannot_edit(client, member_client, instrument):
    member_client(Role.ADVIESRAAD)
    assert client.post(base(instrument) + "nieuw/", NEW_CHOICE).status_code == 403
