"""Staff set up the route, open it, read the average curve and export one row per phase."""

import csv
import io

import pytest

from samenspraak.journeys import services
from samenspraak.journeys.models import Journey
from samenspraak.organisations.roles import Role
from samenspraak.responses.models import ExportRecord
from tests.factories import JourneyFactory, TrajectFactory

BASE = "/werkruimte/lindewaard/klantreizen/"


@pytest.mark.django_db
def test_create_from_the_default_route_and_open(client, member_client, municipality):
    member_client(Role.MEDEWERKER)
    traject = TrajectFactory(municipality=municipality)
    form = client.get(BASE + f"nieuw/?traject={traject.pk}").content.decode()
    assert "Het gesprek (keukentafelgesprek): gesprek thuis, cliëntondersteuner" in form
    response = client.post(
        BASE + "nieuw/",
        {
            "traject": traject.pk,
            "title": "Uw weg naar hulp",
            "intro": "Vertel hoe elke stap ging.",
            "phases": "Zoeken: website\nHet besluit: brief",
        },
    )
    journey = Journey.objects.get()
    assert response["Location"] == journey.get_absolute_url()
    assert [p["name"] for p in journey.phases] == ["Zoeken", "Het besluit"]
    client.post(BASE + f"{journey.pk}/status/", {"status": "open"})
    journey.refresh_from_db()
    assert journey.status == "open"


@pytest.mark.django_db
def test_bad_phases_keep_the_input(client, member_client, municipality):
    member_client(Role.MEDEWERKER)
    traject = TrajectFactory(municipality=municipality)
    html = client.post(
        BASE + "nieuw/",
        {"traject": traject.pk, "title": "T", "intro": "I", "phases": "Alleen deze"},
    ).content.decode()
    assert "Geef de reis minstens twee fasen." in html
    assert "Alleen deze</textarea>" in html
    assert not Journey.objects.exists()


@pytest.mark.django_db
def test_detail_shows_the_average_curve(client, member_client, municipality):
    journey = JourneyFactory(traject=TrajectFactory(municipality=municipality))
    services.submit_entry(journey=journey, draft_phases={"zoeken": {"score": -2}})
    member_client(Role.ADVIESRAAD)
    assert client.get(BASE + f"{journey.pk}/").status_code == 403
    member_client(Role.ANALIST)
    html = client.get(BASE + f"{journey.pk}/").content.decode()
    assert "polyline" in html  # the raw-data role sees even a single journey
    assert "Fasen wijzigen" not in html  # fixed once journeys exist
    member_client(Role.MEDEWERKER)
    html = client.get(BASE + f"{journey.pk}/").content.decode()
    assert "polyline" not in html  # one journey is below the minimum for everyone else
    assert "Laagste punten" not in html
    for _ in range(4):
        services.submit_entry(journey=journey, draft_phases={"zoeken": {"score": -1}})
    html = client.get(BASE + f"{journey.pk}/").content.decode()
    assert "polyline" in html and "Laagste punten" in html


@pytest.mark.django_db
def test_export_one_row_per_phase(client, member_client, municipality):
    journey = JourneyFactory(traject=TrajectFactory(municipality=municipality))
    services.submit_entry(
        journey=journey,
        draft_phases={
            "zoeken": {"score": -2, "what_happened": "=HYPERLINK(1)"},
            "gesprek": {"score": 1},
        },
    )
    member_client(Role.MEDEWERKER)
    assert client.get(BASE + f"{journey.pk}/reizen.csv").status_code == 403
    member_client(Role.ANALIST)
    response = client.get(BASE + f"{journey.pk}/reizen.csv")
    body = b"".join(response.streaming_content).decode().lstrip("\ufeff")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert [(r["fase_nummer"], r["score"]) for r in rows] == [("1", "-2"), ("2", "1")]
    assert rows[0]["wat_gebeurde"] == "'=HYPERLINK(1)"
    assert ExportRecord.objects.get().what == f"klantreis-{journey.pk}.csv"


@pytest.mark.django_db
def test_xlsx_export_reads_back(client, member_client, municipality):
    from openpyxl import load_workbook

    journey = JourneyFactory(traject=TrajectFactory(municipality=municipality))
    services.submit_entry(journey=journey, draft_phases={"gesprek": {"score": 2}})
    member_client(Role.ANALIST)
    response = client.get(BASE + f"{journey.pk}/reizen.xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content)))["fasen"]
    header, row = [[cell.value for cell in r] for r in sheet.iter_rows()]
    record = dict(zip(header, row, strict=True))
    assert (record["fase"], record["score"], record["fase_nummer"]) == ("Het gesprek", 2, 2)
    assert ExportRecord.objects.get().what == f"klantreis-{journey.pk}.xlsx"
