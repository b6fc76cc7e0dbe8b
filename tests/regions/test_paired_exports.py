"""Exports of the paired spiegel for the regional meeting: the same figures, gaps and marks as
the page, formula-safe, and a PDF with the tables."""

import csv
from io import BytesIO, StringIO

import pytest

from samenspraak.regions.roles import RegionRole
from tests.regions.paired_helpers import run_pair

pytestmark = pytest.mark.django_db

DETAIL = "/regio/waterland-zuid/spiegel-paren/toegangsspiegel/"


@pytest.fixture
def compared(client, region_client, region, lindewaard, oosterbeemd):
    lindewaard.name = '=HYPERLINK("http://evil.example")'
    lindewaard.save()
    region.compare_anonymously = False
    region.save()
    run_pair(lindewaard, ["4", "5", "2", "2", "1"], ["5", "4", "4", "5", "3", "4"])
    run_pair(oosterbeemd, ["4", "4", "5", "2", "2", "3", "4"], ["4", "4", "4", "2", "3"])
    region_client(region, RegionRole.LEZER)
    return client


def rows(client):
    response = client.get(f"{DETAIL}spiegel.csv")
    assert response["Content-Disposition"].endswith('.csv"')
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(StringIO(text), delimiter=";"))


def test_csv_has_figures_counts_and_gaps_against_hand_counts(compared):
    header, *lines = rows(compared)
    assert header == [
        "stelling",
        "meting",
        "gemeente",
        "Cliënten eens (%)",
        "Cliënten n",
        "Professionals eens (%)",
        "Professionals n",
        "verschil Professionals min Cliënten (procentpunten)",
        "groot verschil Professionals (vanaf 15)",
    ]
    weet_waar = [line for line in lines if line[0] == "Ik wist waar ik met mijn vraag terecht kon"]
    by_place = {line[2]: line for line in weet_waar}
    assert by_place["Oosterbeemd"][3:] == ["57.1", "7", "60.0", "5", "2.9", "nee"]
    region = next(line for place, line in by_place.items() if place.startswith("Regio"))
    # Clients (2 + 4) / (5 + 7) = 50 %, professionals (5 + 3) / (6 + 5) = 72.7 %: +22.7.
    assert region[3:] == ["50.0", "12", "72.7", "11", "22.7", "ja"]


def test_a_name_that_looks_like_a_formula_is_made_inert(compared):
    places = {line[2] for line in rows(compared)[1:]}
    assert '\'=HYPERLINK("http://evil.example")' in places
    assert not any(place.startswith(("=", "+", "-", "@")) for place in places)
    from openpyxl import load_workbook

    response = compared.get(f"{DETAIL}spiegel.xlsx")
    sheet = load_workbook(BytesIO(b"".join(response.streaming_content))).active
    values = [cell for row in sheet.values for cell in row if isinstance(cell, str)]
    assert '\'=HYPERLINK("http://evil.example")' in values
    assert not any(value.startswith("=") for value in values)


def test_the_pdf_carries_the_tables_and_the_large_gap_mark(compared):
    from pypdf import PdfReader

    response = compared.get(f"{DETAIL}spiegel.pdf")
    assert response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(response.content)).pages)
    assert "Ik wist waar ik met mijn vraag terecht kon" in text
    assert "Oosterbeemd" in text
    # The region's gap of +22.7 points is large; Oosterbeemd's +2.9 is not.
    marked = [line for line in text.splitlines() if "+22,7" in line]
    assert marked and all("large difference" in line or "groot verschil" in line for line in marked)
    assert not any("+2,9 " in line and "difference" in line for line in text.splitlines())
