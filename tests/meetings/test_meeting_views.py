"""Staff record a meeting through plain forms: no JavaScript, errors keep what was typed."""

import csv
import io

import pytest

from samenspraak.insights.models import Contribution
from samenspraak.meetings.models import HarvestItem, MeetingSession
from samenspraak.organisations.roles import Role
from samenspraak.responses.models import ExportRecord
from tests.factories import MeetingSessionFactory, MethodFactory, TrajectFactory


def url(name, *args):
    return f"/werkruimte/lindewaard/gespreksverslagen/{name}".format(*args)


@pytest.fixture
def traject(municipality):
    return TrajectFactory(municipality=municipality, title="Toegang Wmo")


@pytest.fixture
def session(traject):
    return MeetingSessionFactory(traject=traject, title="Wereldcafé Noord")


@pytest.mark.django_db
def test_create_offers_only_own_trajects_and_conversation_methods(
    client, member_client, traject, other_municipality
):
    member_client(Role.MEDEWERKER)
    TrajectFactory(municipality=other_municipality, title="Buurtraject")
    MethodFactory(slug="wereldcafe", name="Wereldcafé")
    MethodFactory(slug="flitspeiling", name="Flitspeiling", data_overrides={"type": "peiling"})
    page = client.get(url("nieuw/") + f"?traject={traject.pk}").content.decode()
    assert "Toegang Wmo" in page
    assert "Buurtraject" not in page
    assert "Wereldcafé" in page
    assert "Flitspeiling" not in page
    assert f'<option value="{traject.pk}" selected>' in page


@pytest.mark.django_db
def test_create_with_errors_keeps_input_and_saves_nothing(client, member_client, traject):
    member_client(Role.MEDEWERKER)
    page = client.post(
        url("nieuw/"),
        {
            "traject": traject.pk,
            "title": "Dialoogtafel mantelzorg",
            "held_on": "2026-10-01",
            "participant_count": "0",
            "participant_kinds": "mantelzorgers",
        },
    ).content.decode()
    assert "foutmeldingen" in page
    assert 'value="Dialoogtafel mantelzorg"' in page
    assert not MeetingSession.objects.exists()


@pytest.mark.django_db
def test_create_then_add_harvest(client, member_client, traject):
    member_client(Role.MEDEWERKER)
    response = client.post(
        url("nieuw/"),
        {
            "traject": traject.pk,
            "title": "Dialoogtafel mantelzorg",
            "held_on": "2026-10-01",
            "participant_count": "12",
            "participant_kinds": "mantelzorgers",
        },
    )
    session = MeetingSession.objects.get()
    assert response.status_code == 302
    assert response["Location"] == session.get_absolute_url()
    response = client.post(
        session.get_absolute_url(),
        {"kind": "idee", "text": "Een vaste contactpersoon", "mentions": "5"},
    )
    assert response.status_code == 302
    assert Contribution.objects.get().text == "Een vaste contactpersoon"
    page = client.get(session.get_absolute_url()).content.decode()
    assert "Een vaste contactpersoon" in page
    assert "5 mensen" in page


@pytest.mark.django_db
def test_invalid_item_is_shown_again(client, member_client, session):
    member_client(Role.MEDEWERKER)
    page = client.post(
        session.get_absolute_url(),
        {"kind": "idee", "text": "Een vaste contactpersoon", "mentions": "0"},
    ).content.decode()
    assert "foutmeldingen" in page
    assert "Een vaste contactpersoon</textarea>" in page
    assert not HarvestItem.objects.exists()


@pytest.mark.django_db
def test_remove_item_needs_post_and_own_session(client, member_client, session, traject):
    from samenspraak.meetings.services import add_item

    member_client(Role.MEDEWERKER)
    item = add_item(session=session, kind="idee", text="Spreekuur")
    other = MeetingSessionFactory(traject=traject)
    remove = url("{}/oogst/{}/verwijderen/", session.pk, item.pk)
    assert client.get(remove).status_code == 405
    assert client.post(url("{}/oogst/{}/verwijderen/", other.pk, item.pk)).status_code == 404
    assert client.post(remove).status_code == 302
    assert not Contribution.objects.exists()


@pytest.mark.django_db
def test_delete_asks_first(client, member_client, session):
    member_client(Role.MEDEWERKER)
    page = client.get(url("{}/verwijderen/", session.pk)).content.decode()
    assert "kan niet ongedaan" in page
    assert MeetingSession.objects.exists()
    client.post(url("{}/verwijderen/", session.pk))
    assert not MeetingSession.objects.exists()


@pytest.mark.django_db
def test_edit_details(client, member_client, session):
    member_client(Role.MEDEWERKER)
    client.post(
        url("{}/wijzigen/", session.pk),
        {
            "title": "Wereldcafé Noord en Oost",
            "held_on": "2026-10-02",
            "participant_count": "30",
            "participant_kinds": "inwoners",
        },
    )
    session.refresh_from_db()
    assert session.title == "Wereldcafé Noord en Oost"
    assert session.participant_count == 30


@pytest.mark.django_db
def test_export_is_safe_recorded_and_for_analysts_only(client, member_client, session):
    from samenspraak.meetings.services import add_item

    add_item(session=session, kind="citaat", text='=HYPERLINK("http://x")', table="2")
    add_item(session=session, kind="idee", text="Spreekuur; in de bibliotheek", mentions=3)
    member_client(Role.MEDEWERKER)
    assert client.get(url("{}/oogst.csv", session.pk)).status_code == 403
    member_client(Role.ANALIST)
    response = client.get(url("{}/oogst.csv", session.pk) + "?scheiding=puntkomma")
    body = b"".join(response.streaming_content).decode()
    assert body.startswith("\ufeff")
    assert "gespreksverslag" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(body.lstrip("\ufeff")), delimiter=";"))
    assert [row["tekst"] for row in rows] == [
        '\'=HYPERLINK("http://x")',
        "Spreekuur; in de bibliotheek",
    ]
    assert rows[0]["tafel"] == "2"
    assert rows[1]["keer_gehoord"] == "3"
    assert rows[0]["verslag"] == "Wereldcafé Noord"
    assert ExportRecord.objects.get().what == f"gespreksverslag-{session.pk}.csv"


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.ADVIESRAAD, Role.VRIJWILLIGER])
def test_roles_without_trajects_see_no_reports(client, member_client, session, role):
    member_client(role)
    assert client.get(url("")).status_code == 403
    assert client.get(session.get_absolute_url()).status_code == 403


@pytest.mark.django_db
def test_edit_item_changes_its_contribution(client, member_client, session):
    from samenspraak.meetings.services import add_item

    member_client(Role.MEDEWERKER)
    item = add_item(session=session, kind="idee", text="Spreekuur")
    edit = url("{}/oogst/{}/wijzigen/", session.pk, item.pk)
    assert 'value="Spreekuur"' not in client.get(edit).content.decode()  # a textarea
    assert "Spreekuur</textarea>" in client.get(edit).content.decode()
    page = client.post(edit, {"kind": "idee", "text": "", "mentions": "2"}).content.decode()
    assert "foutmeldingen" in page
    assert Contribution.objects.get().text == "Spreekuur"
    client.post(edit, {"kind": "citaat", "text": "Spreekuur zonder afspraak", "mentions": "2"})
    contribution = Contribution.objects.get()
    assert contribution.text == "Spreekuur zonder afspraak"
    assert contribution.harvest_item.kind == "citaat"
    assert contribution.harvest_item.mentions == 2


@pytest.mark.django_db
def test_xlsx_export_reads_back(client, member_client, session):
    from openpyxl import load_workbook

    from samenspraak.meetings.services import add_item

    add_item(session=session, kind="uitspraak", text="@SUM(A1)", table="4", round_number=1)
    member_client(Role.ANALIST)
    response = client.get(url("{}/oogst.xlsx", session.pk))
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header, row = [[cell.value for cell in r] for r in sheet.iter_rows()]
    record = dict(zip(header, row, strict=True))
    assert record["tekst"] == "'@SUM(A1)"
    assert record["tafel"] == "4"
    assert record["ronde"] == 1
    assert record["soort"] == "uitspraak"
    assert ExportRecord.objects.get().what == f"gespreksverslag-{session.pk}.xlsx"


@pytest.mark.django_db
def test_conversation_method_pages_lead_to_a_new_report(client, member_client, traject):
    member_client(Role.MEDEWERKER)
    wereldcafe = MethodFactory(slug="wereldcafe", name="Wereldcafé")
    MethodFactory(slug="flitspeiling", name="Flitspeiling", data_overrides={"type": "peiling"})
    link = f"/werkruimte/lindewaard/gespreksverslagen/nieuw/?methode={wereldcafe.pk}"
    assert link in client.get("/werkruimte/lindewaard/methoden/wereldcafe/").content.decode()
    poll = client.get("/werkruimte/lindewaard/methoden/flitspeiling/").content.decode()
    assert "gespreksverslagen/nieuw" not in poll
    form = client.get(link).content.decode()
    assert f'<option value="{wereldcafe.pk}" selected>' in form
