"""Sharing levels and isolation for the paired spiegel: a traject that shares nothing is not
counted, and at every level only figures leave the municipality — never an open answer or a
raw row, by page, export or any other URL. Another region cannot open any of it."""

from io import BytesIO

import pytest

from samenspraak.organisations.roles import Role
from samenspraak.regions import paired
from samenspraak.regions.roles import RegionRole
from tests.factories import MunicipalityFactory
from tests.regions.paired_helpers import SECRET, run_pair

pytestmark = pytest.mark.django_db

BASE = "/regio/waterland-zuid/spiegel-paren/"
DETAIL = f"{BASE}toegangsspiegel/"


def every_url():
    return [BASE, DETAIL] + [f"{DETAIL}spiegel.{kind}" for kind in ("csv", "xlsx", "pdf")]


def body(response) -> str:
    raw = b"".join(response.streaming_content) if response.streaming else response.content
    kind = response["Content-Type"]
    if "pdf" in kind:
        from pypdf import PdfReader

        return "".join(page.extract_text() for page in PdfReader(BytesIO(raw)).pages)
    if "spreadsheet" in kind:
        from openpyxl import load_workbook

        sheet = load_workbook(BytesIO(raw)).active
        return "\n".join(" ".join(str(v) for v in row if v is not None) for row in sheet.values)
    return raw.decode("utf-8-sig")


def test_a_traject_that_shares_nothing_is_left_out(region, lindewaard, oosterbeemd):
    heuvel = MunicipalityFactory(name="Heuveldorp", slug="heuveldorp", region=region)
    run_pair(lindewaard, ["5"] * 5, ["5"] * 5)
    run_pair(oosterbeemd, ["5"] * 5, ["5"] * 5, level="niets")
    assert paired.comparison(region, "toegangsspiegel", anonymous=False) is None
    run_pair(heuvel, ["2"] * 5, ["2"] * 5)
    found = paired.comparison(region, "toegangsspiegel", anonymous=False)
    assert [str(c.label) for c in found.columns[:-1]] == ["Heuveldorp", "Lindewaard"]


@pytest.mark.parametrize("level", ["aggregaten", "citaten"])
def test_only_figures_leave_the_municipality_at_any_level(
    client, region_client, region, lindewaard, oosterbeemd, level
):
    run_pair(lindewaard, ["4"] * 6, ["5"] * 6, level=level)
    run_pair(oosterbeemd, ["2"] * 7, ["5"] * 5, level=level)
    region_client(region, RegionRole.COORDINATOR)
    for url in every_url():
        response = client.get(url)
        assert response.status_code == 200, url
        text = body(response)
        assert SECRET not in text and "Dorpsstraat" not in text, url
    # No raw rows: one line per statement and municipality (and the region), never per answer.
    csv = body(client.get(f"{DETAIL}spiegel.csv")).strip().splitlines()
    assert len(csv) == 1 + 7 * 3


def test_a_reader_of_the_traject_page_sees_no_open_answers_either(
    client, region_client, region, lindewaard, oosterbeemd
):
    run_pair(lindewaard, ["4"] * 6, ["5"] * 6, level="citaten")
    run_pair(oosterbeemd, ["2"] * 7, ["5"] * 5)
    region_client(region, RegionRole.COORDINATOR)
    traject = lindewaard.trajects.get()
    page = client.get(f"/regio/{region.slug}/trajecten/{traject.pk}/").content.decode()
    assert SECRET not in page  # open answers are no consented quotes


@pytest.fixture
def compared(region, lindewaard, oosterbeemd):
    run_pair(lindewaard, ["4"] * 6, ["5"] * 6)
    run_pair(oosterbeemd, ["2"] * 7, ["5"] * 5)


def test_another_region_cannot_open_any_paired_url(client, region_client, other_region, compared):
    MunicipalityFactory(name="Bergen", slug="bergen", region=other_region)
    region_client(other_region, RegionRole.COORDINATOR)
    for url in every_url():
        assert client.get(url).status_code == 404, url
    # Its own region has nothing of Waterland-Zuid's.
    elsewhere = f"/regio/{other_region.slug}/spiegel-paren/"
    assert "Lindewaard" not in client.get(elsewhere).content.decode()
    assert client.get(f"{elsewhere}toegangsspiegel/").status_code == 404
    assert client.get(f"{elsewhere}toegangsspiegel/spiegel.csv").status_code == 404


def test_staff_of_another_regions_municipality_is_refused(
    client, staff_client, other_region, compared
):
    bergen = MunicipalityFactory(name="Bergen", slug="bergen", region=other_region)
    staff_client(bergen, Role.BEHEERDER)
    for url in every_url():
        assert client.get(url).status_code == 404, url


def test_staff_without_view_results_and_visitors_are_refused(
    client, staff_client, lindewaard, compared
):
    for url in every_url():
        response = client.get(url)
        assert response.status_code == 302 and "/inloggen/" in response["Location"], url
    staff_client(lindewaard, Role.VRIJWILLIGER)
    for url in every_url():
        assert client.get(url).status_code == 404, url


def test_unknown_set_and_export_kind_are_not_found(client, region_client, region, compared):
    region_client(region)
    assert client.get(f"{BASE}bestaat-niet/").status_code == 404
    assert client.get(f"{BASE}bestaat-niet/spiegel.csv").status_code == 404
    assert client.get(f"{DETAIL}spiegel.doc").status_code == 404
    assert client.get(BASE).status_code == 200
