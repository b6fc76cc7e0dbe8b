"""The session page shows a tailored harvest in the shape of its werkvorm; the themes and round
questions are edited as lines; the export adds the form's details as columns."""

import csv
import io

import pytest

from samenspraak.meetings import services
from samenspraak.meetings.harvest import landkaart_entry
from samenspraak.organisations.roles import Role
from tests.factories import TrajectFactory

from .werkvorm_harvest_factories import tailored_session


@pytest.fixture
def traject(municipality):
    return TrajectFactory(municipality=municipality)


@pytest.mark.django_db
def test_landkaart_shows_table_and_summary(client, member_client, traject):
    member_client(Role.MEDEWERKER)
    session = tailored_session(traject, "landkaart")
    theme = session.harvest_settings["themes"][0]
    services.add_item(session=session, **landkaart_entry("Lindewaard", theme, 2, "Nog los"))
    services.add_item(session=session, **landkaart_entry("Oosterbeemd", theme, 5, ""))
    page = client.get(session.get_absolute_url()).content.decode()
    assert '<th class="utrecht-table__header-cell" scope="row">Lindewaard</th>' in page
    assert '<th class="utrecht-table__header-cell" scope="row">Oosterbeemd</th>' in page
    assert f'scope="col">{theme}</th>' in page
    assert "3,5" in page or "3.5" in page  # the average on the theme, in the summary
    assert "Nog los" in page


@pytest.mark.django_db
def test_wereldcafe_groups_by_round_and_table(client, member_client, traject):
    member_client(Role.MEDEWERKER)
    session = tailored_session(traject, "wereldcafe")
    rounds = session.harvest_settings["rounds"]
    for number, table, text in [(2, "B", "Tweede B"), (1, "A", "Eerste A"), (2, "A", "Tweede A")]:
        services.add_item(
            session=session,
            kind="uitspraak",
            text=text,
            table=table,
            round_number=number,
            details={"vraag": rounds[number - 1]},
            question_text=rounds[number - 1],
        )
    page = client.get(session.get_absolute_url()).content.decode()
    positions = [page.index(s) for s in (rounds[0], "Eerste A", rounds[1], "Tweede A", "Tweede B")]
    assert positions == sorted(positions)


@pytest.mark.django_db
def test_week_van_table_has_a_caption(client, member_client, traject):
    member_client(Role.MEDEWERKER)
    session = tailored_session(traject, "de-week-van")
    services.add_item(
        session=session,
        kind="uitspraak",
        text="Veel vragen over vervoer.",
        details={"activiteit": "Markt", "datum": "2026-09-14", "plaats": "Plein", "bereik": 40},
    )
    page = client.get(session.get_absolute_url()).content.decode()
    table = page[page.index('<table class="utrecht-table') :]
    assert table.split(">", 1)[1].lstrip().startswith('<caption class="utrecht-table__caption">')


@pytest.mark.django_db
def test_settings_are_edited_as_lines(client, member_client, traject):
    member_client(Role.MEDEWERKER)
    session = tailored_session(traject, "wereldcafe")
    url = session.get_absolute_url() + "oogstformulier/"
    assert session.harvest_settings["rounds"][0] in client.get(url).content.decode()
    response = client.post(url, {"lines": "Wat werkt?\n\nWat kan beter?\n"})
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.harvest_settings == {"rounds": ["Wat werkt?", "Wat kan beter?"]}
    page = client.post(url, {"lines": "Zelfde\nzelfde"}).content.decode()
    assert "foutmeldingen" in page and "Zelfde\nzelfde</textarea>" in page
    session.refresh_from_db()
    assert session.harvest_settings == {"rounds": ["Wat werkt?", "Wat kan beter?"]}
    werkbezoek = tailored_session(traject, "werkbezoek")
    assert client.get(werkbezoek.get_absolute_url() + "oogstformulier/").status_code == 404


@pytest.mark.django_db
def test_export_adds_the_details_as_columns(client, member_client, traject):
    member_client(Role.ANALIST)
    session = tailored_session(traject, "landkaart")
    theme = session.harvest_settings["themes"][1]
    services.add_item(session=session, **landkaart_entry("Lindewaard", theme, 3, "=SOM(A1)"))
    response = client.get(session.get_absolute_url() + "oogst.csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0][-4:] == ["gemeente", "thema", "stand", "toelichting"]
    assert rows[1][-4:-1] == ["Lindewaard", theme, "3"]
    assert not rows[1][-1].startswith("=")  # formula-injection safe


@pytest.mark.django_db
def test_planned_session_in_list_and_edit_asks_for_everything(client, member_client, traject):
    member_client(Role.MEDEWERKER)
    session = tailored_session(traject, "werkbezoek", participant_count=None, participant_kinds="")
    session.held_on = None
    session.save()
    assert client.get("/werkruimte/lindewaard/gespreksverslagen/").status_code == 200
    edit = session.get_absolute_url() + "wijzigen/"
    page = client.post(edit, {"title": session.title}).content.decode()
    assert "foutmeldingen" in page
    response = client.post(
        edit,
        {
            "title": session.title,
            "held_on": "2026-09-01",
            "participant_count": "12",
            "participant_kinds": "beleidsmakers",
        },
    )
    assert response.status_code == 302
    session.refresh_from_db()
    assert not session.is_planned
