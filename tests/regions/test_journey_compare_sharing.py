"""Sharing levels on the klantreis comparison: a traject that shares nothing is not compared,
and at any level the page and every export carry figures only, never a note."""

from io import BytesIO

import pytest

from samenspraak.organisations.roles import Role
from samenspraak.regions import journey_compare
from samenspraak.regions.models import TrajectSharing
from tests.regions.test_journey_compare import LINDEWAARD, NOTE, OOSTERBEEMD, run_journey

pytestmark = pytest.mark.django_db


def test_a_traject_that_shares_nothing_is_not_compared(region, lindewaard, oosterbeemd):
    run_journey(lindewaard, LINDEWAARD)
    niets = run_journey(oosterbeemd, OOSTERBEEMD, level="niets")
    assert journey_compare.comparison(region, anonymous=False) is None
    TrajectSharing.objects.filter(traject=niets.traject).update(level="aggregaten")
    found = journey_compare.comparison(region, anonymous=False)
    assert [str(c.label) for c in found.columns[:-1]] == ["Lindewaard", "Oosterbeemd"]
    TrajectSharing.objects.filter(traject=niets.traject).delete()  # no decision: nothing
    assert journey_compare.comparison(region, anonymous=False) is None


def test_with_nothing_shared_the_page_says_so_and_exports_are_not_found(
    client, staff_client, region, lindewaard, oosterbeemd
):
    run_journey(lindewaard, LINDEWAARD)
    run_journey(oosterbeemd, OOSTERBEEMD, level="niets")
    staff_client(lindewaard, Role.ANALIST)
    response = client.get(f"/regio/{region.slug}/klantreizen/")
    assert response.status_code == 200
    assert response.context["comparison"] is None
    assert "<svg" not in response.content.decode()
    for kind in ("csv", "xlsx", "pdf"):
        url = f"/regio/{region.slug}/klantreizen/vergelijking.{kind}"
        assert client.get(url).status_code == 404


def csv_text(response) -> str:
    return b"".join(response.streaming_content).decode("utf-8-sig")


def xlsx_text(response) -> str:
    from openpyxl import load_workbook

    sheet = load_workbook(BytesIO(b"".join(response.streaming_content))).active
    return "\n".join(";".join(str(v) for v in row if v is not None) for row in sheet.values)


def pdf_text(response) -> str:
    from pypdf import PdfReader

    return "".join(page.extract_text() for page in PdfReader(BytesIO(response.content)).pages)


def test_no_note_reaches_the_page_or_any_export_even_when_quotes_are_shared(
    client, staff_client, region, lindewaard, oosterbeemd
):
    run_journey(lindewaard, LINDEWAARD, level="citaten")
    run_journey(oosterbeemd, OOSTERBEEMD, level="citaten")
    staff_client(lindewaard, Role.ANALIST)
    base = f"/regio/{region.slug}/klantreizen/"
    page = client.get(base).content.decode()
    assert "Lindewaard" in page and "Zoeken en eerste contact" in page
    texts = {
        "page": page,
        "csv": csv_text(client.get(f"{base}vergelijking.csv")),
        "xlsx": xlsx_text(client.get(f"{base}vergelijking.xlsx")),
        "pdf": pdf_text(client.get(f"{base}vergelijking.pdf")),
    }
    for kind, text in texts.items():
        assert "Lindewaard" in text, kind
        assert "Truus" not in text and NOTE not in text, kind
        assert "Oosterbeemd" not in text, kind  # anonymous by default


def test_exports_are_formula_safe(client, region_client, region, lindewaard, oosterbeemd):
    from samenspraak.regions.roles import RegionRole

    phases = [
        {"key": "formule", "name": '=HYPERLINK("http://x")', "touchpoints": []},
        {"key": "zoeken", "name": "Zoeken en eerste contact", "touchpoints": []},
    ]
    run_journey(lindewaard, {"formule": [1] * 5, "zoeken": [0] * 5}, phases=phases)
    run_journey(oosterbeemd, {"zoeken": [1] * 5})
    region.name = "@Regio"
    region.compare_anonymously = False
    region.save()
    region_client(region, RegionRole.LEZER)
    base = f"/regio/{region.slug}/klantreizen/vergelijking"
    text = csv_text(client.get(f"{base}.csv"))
    assert "'=HYPERLINK" in text and ";=HYPERLINK" not in text
    assert "Oosterbeemd" in text  # with names, as the region chose
    from openpyxl import load_workbook

    response = client.get(f"{base}.xlsx")
    sheet = load_workbook(BytesIO(b"".join(response.streaming_content))).active
    cells = [cell for row in sheet.values for cell in row if isinstance(cell, str)]
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    assert client.get(f"{base}.doc").status_code == 404
