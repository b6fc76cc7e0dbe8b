"""Each tailored harvest form validates on the server, keeps input on error, and writes an item
with its details and a tagged contribution into the evidence pool."""

import datetime

import pytest

from samenspraak.insights.models import Contribution
from samenspraak.meetings.models import HarvestItem
from samenspraak.organisations.roles import Role
from tests.factories import MunicipalityFactory, TrajectFactory

from .werkvorm_harvest_factories import tailored_session

THEMES_0 = "Samen inkopen van cliëntondersteuning"


@pytest.fixture
def traject(municipality):
    MunicipalityFactory(name="Oosterbeemd", region=municipality.region)
    return TrajectFactory(municipality=municipality, title="Regio samen")


def post(client, session, data):
    return client.post(session.get_absolute_url(), data)


@pytest.mark.django_db
def test_landkaart_position_is_stored_and_tagged(client, member_client, traject):
    member_client(Role.MEDEWERKER)
    session = tailored_session(traject, "landkaart")
    response = post(
        client,
        session,
        {"gemeente": "Oosterbeemd", "thema": THEMES_0, "stand": "4", "toelichting": "Loopt goed."},
    )
    assert response.status_code == 302
    item = HarvestItem.objects.get()
    assert item.details == {
        "gemeente": "Oosterbeemd",
        "thema": THEMES_0,
        "stand": 4,
        "toelichting": "Loopt goed.",
    }
    contribution = item.contribution
    assert (contribution.text, contribution.question_text) == ("Loopt goed.", THEMES_0)
    assert (contribution.location, contribution.score) == ("Oosterbeemd", 4)
    assert contribution.source_type == Contribution.SourceType.MEETING_HARVEST
    assert contribution.traject == traject


@pytest.mark.django_db
def test_landkaart_without_note_still_has_readable_text(client, member_client, traject):
    member_client(Role.MEDEWERKER)
    session = tailored_session(traject, "landkaart")
    post(client, session, {"gemeente": "Lindewaard", "thema": THEMES_0, "stand": "2"})
    text = Contribution.objects.get().text
    assert "Lindewaard" in text and THEMES_0 in text


@pytest.mark.django_db
def test_landkaart_refuses_unknown_values_and_keeps_input(client, member_client, traject):
    member_client(Role.MEDEWERKER)
    session = tailored_session(traject, "landkaart")
    page = post(
        client,
        session,
        {"gemeente": "Atlantis", "thema": THEMES_0, "stand": "6", "toelichting": "Mijn notitie"},
    ).content.decode()
    assert "foutmeldingen" in page
    assert "Mijn notitie</textarea>" in page
    assert not HarvestItem.objects.exists()


@pytest.mark.django_db
def test_landkaart_refuses_a_second_position_on_the_same_theme(client, member_client, traject):
    member_client(Role.MEDEWERKER)
    session = tailored_session(traject, "landkaart")
    data = {"gemeente": "Lindewaard", "thema": THEMES_0, "stand": "3"}
    post(client, session, data)
    page = post(client, session, {**data, "stand": "5"}).content.decode()
    assert "foutmeldingen" in page
    assert HarvestItem.objects.count() == Contribution.objects.count() == 1


@pytest.mark.django_db
def test_werkbezoek_observation(client, member_client, traject):
    member_client(Role.MEDEWERKER)
    session = tailored_session(traject, "werkbezoek")
    post(
        client,
        session,
        {"aspect": "meenemen", "tekst": "Inloopspreekuur in de bibliotheek", "gemeente": ""},
    )
    item = HarvestItem.objects.get()
    assert item.details == {"aspect": "meenemen", "gemeente": ""}
    assert item.kind == HarvestItem.Kind.IDEE
    page = post(client, session, {"aspect": "gezien", "tekst": " ", "gemeente": "Oosterbeemd"})
    assert "foutmeldingen" in page.content.decode()
    assert HarvestItem.objects.count() == 1


@pytest.mark.django_db
def test_wereldcafe_uses_round_and_table(client, member_client, traject):
    member_client(Role.MEDEWERKER)
    session = tailored_session(traject, "wereldcafe")
    question = session.harvest_settings["rounds"][1]
    post(
        client,
        session,
        {"ronde": "2", "tafel": "3", "kind": "idee", "tekst": "Spreekuur", "mentions": "4"},
    )
    item = HarvestItem.objects.get()
    assert (item.round_number, item.table, item.mentions) == (2, "3", 4)
    assert item.details == {"vraag": question}
    assert item.contribution.question_text == question
    page = post(
        client, session, {"ronde": "9", "tafel": "", "kind": "idee", "tekst": "Nog een idee"}
    ).content.decode()
    assert "foutmeldingen" in page and "Nog een idee</textarea>" in page
    assert HarvestItem.objects.count() == 1


@pytest.mark.django_db
def test_week_van_activity(client, member_client, traject):
    member_client(Role.MEDEWERKER)
    session = tailored_session(traject, "de-week-van")
    data = {
        "activiteit": "Informatiemarkt",
        "datum": "2026-09-14",
        "plaats": "Bibliotheek Lindewaard",
        "bereik": "85",
        "gehoord": "Veel mensen kenden het wijkteam niet.",
    }
    post(client, session, data)
    item = HarvestItem.objects.get()
    assert item.details == {
        "activiteit": "Informatiemarkt",
        "datum": "2026-09-14",
        "plaats": "Bibliotheek Lindewaard",
        "bereik": 85,
    }
    assert item.contribution.location == "Bibliotheek Lindewaard"
    future = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()
    page = post(client, session, {**data, "datum": future, "bereik": "-1"}).content.decode()
    assert "foutmeldingen" in page and 'value="Informatiemarkt"' in page
    assert HarvestItem.objects.count() == 1


@pytest.mark.django_db
def test_kunst_work(client, member_client, traject):
    member_client(Role.MEDEWERKER)
    session = tailored_session(traject, "kunst-en-cultuur")
    post(
        client,
        session,
        {
            "werk": "Het loket",
            "vorm": "beeld",
            "beschrijving": "Een deur zonder klink.",
            "toegang": "Je weet niet hoe je binnenkomt.",
        },
    )
    item = HarvestItem.objects.get()
    assert item.details == {
        "werk": "Het loket",
        "vorm": "beeld",
        "beschrijving": "Een deur zonder klink.",
    }
    assert item.contribution.text == "Je weet niet hoe je binnenkomt."
    page = post(client, session, {"werk": "Leeg", "vorm": "film"}).content.decode()
    assert "foutmeldingen" in page
    assert HarvestItem.objects.count() == 1


@pytest.mark.django_db
def test_planned_meeting_takes_no_harvest(client, member_client, traject):
    from django.core.exceptions import ValidationError

    from samenspraak.meetings.services import add_item

    member_client(Role.MEDEWERKER)
    session = tailored_session(traject, "werkbezoek", participant_count=None)
    session.held_on = None
    session.save()
    page = client.get(session.get_absolute_url()).content.decode()
    assert 'name="tekst"' not in page
    post(client, session, {"aspect": "gezien", "tekst": "Iets"})
    assert not HarvestItem.objects.exists()
    with pytest.raises(ValidationError):
        add_item(
            session=session,
            kind="uitspraak",
            text="Iets",
            details={"aspect": "gezien", "gemeente": ""},
        )


@pytest.mark.django_db
def test_service_refuses_details_that_do_not_fit_the_form(traject):
    from django.core.exceptions import ValidationError

    from samenspraak.meetings.services import add_item

    session = tailored_session(traject, "landkaart")
    with pytest.raises(ValidationError):
        add_item(session=session, kind="uitspraak", text="x", details={"gemeente": "Lindewaard"})
    with pytest.raises(ValidationError):
        add_item(
            session=session,
            kind="uitspraak",
            text="x",
            details={"stand": 9, "gemeente": "L", "thema": "t", "toelichting": ""},
        )
    assert not Contribution.objects.exists()


@pytest.mark.django_db
def test_editing_a_tailored_item_refills_and_updates(client, member_client, traject):
    member_client(Role.MEDEWERKER)
    session = tailored_session(traject, "landkaart")
    post(
        client,
        session,
        {"gemeente": "Lindewaard", "thema": THEMES_0, "stand": "2", "toelichting": "Eerst"},
    )
    item = HarvestItem.objects.get()
    edit = session.get_absolute_url() + f"oogst/{item.pk}/wijzigen/"
    page = client.get(edit).content.decode()
    assert "Eerst</textarea>" in page
    client.post(
        edit, {"gemeente": "Lindewaard", "thema": THEMES_0, "stand": "5", "toelichting": "Nu"}
    )
    item.refresh_from_db()
    assert item.details["stand"] == 5
    assert (item.contribution.score, item.contribution.text) == (5, "Nu")


@pytest.mark.django_db
def test_roles_and_tenants(client, member_client, traject, other_municipality):
    session = tailored_session(traject, "landkaart")
    data = {"gemeente": "Lindewaard", "thema": THEMES_0, "stand": "3"}
    member_client(Role.ADVIESRAAD)
    assert post(client, session, data).status_code == 403
    settings = session.get_absolute_url() + "oogstformulier/"
    assert client.get(settings).status_code == 403
    member_client(Role.BEHEERDER, target=other_municipality)
    assert post(client, session, data).status_code == 404
    assert client.get(settings).status_code == 404
    assert not HarvestItem.objects.exists()
