"""The spiegel: per question each municipality beside the region, small cells hidden per
municipality, and anonymous letters that give nothing away by order or by counts."""

import random

import pytest

from samenspraak.instruments import services as instrument_services
from samenspraak.instruments.models import Instrument
from samenspraak.organisations.roles import Role
from samenspraak.regions import spiegel
from samenspraak.regions.roles import RegionRole
from samenspraak.responses import services as response_services
from samenspraak.responses.demo import ceo_answers
from tests.factories import MunicipalityFactory, TrajectFactory, TrajectSharingFactory

pytestmark = pytest.mark.django_db


def run_ceo(municipality, values, *, level="aggregaten"):
    """A CEO Wmo in a shared traject, answered with the given values for "wist_waar"."""
    traject = TrajectFactory(municipality=municipality)
    TrajectSharingFactory(traject=traject, level=level)
    instrument = instrument_services.create_questionnaire(
        traject=traject, template_key="ceo-wmo", title="", user=None
    )
    instrument_services.publish(
        instrument=instrument, opens_on=None, closes_on=None, access=Instrument.Access.OPEN
    )
    rng = random.Random(7)
    for value in values:
        answers = ceo_answers(rng)
        answers["wist_waar"] = value
        response_services.submit_complete(instrument=instrument, answers=answers, channel="online")
    return instrument


@pytest.fixture
def three(region, lindewaard, oosterbeemd):
    heuvel = MunicipalityFactory(name="Heuveldorp", slug="heuveldorp", region=region)
    run_ceo(lindewaard, ["4", "5", "5", "4", "2", "2"])  # 4 of 6 agree
    run_ceo(oosterbeemd, ["5"] * 5)  # 5 of 5
    run_ceo(heuvel, ["5", "1", "weet_niet"])  # 2 valid answers: too few
    return lindewaard, oosterbeemd, heuvel


def wist_waar(found):
    row = next(row for row in found.rows if row.key == "wist_waar")
    return {line["column"].label: line["cells"][0] for line in found.table(row)}


def test_figures_per_municipality_and_the_region_against_hand_counts(region, three):
    found = spiegel.comparison(region, "ceo-wmo", anonymous=False)
    cells = wist_waar(found)
    assert cells["Lindewaard"].value == pytest.approx(66.7) and cells["Lindewaard"].n == 6
    assert cells["Oosterbeemd"].value == 100.0 and cells["Oosterbeemd"].n == 5
    assert cells["Heuveldorp"].status == "hidden" and cells["Heuveldorp"].value is None
    region_cell = cells[str(found.columns[-1].label)]
    # Only the municipalities shown are pooled: (4 + 5) / (6 + 5).
    assert region_cell.value == pytest.approx(81.8) and region_cell.n == 11


def test_a_traject_not_shared_is_not_compared(region, lindewaard, oosterbeemd):
    run_ceo(lindewaard, ["5"] * 5)
    run_ceo(oosterbeemd, ["5"] * 5, level="niets")
    assert spiegel.comparison(region, "ceo-wmo", anonymous=False) is None
    assert spiegel.comparable_templates(region) == []


def test_a_reworded_question_is_not_compared(region, three):
    lindewaard = three[0]
    instrument = Instrument.objects.get(traject__municipality=lindewaard)
    version = instrument.current_version
    for section in version.definition["sections"]:
        for question in section["questions"]:
            for statement in question.get("statements", []):
                if statement["key"] == "wist_waar":
                    statement["text"] = "Ik kon de gemeente makkelijk vinden"
    version.save()
    cells = wist_waar(spiegel.comparison(region, "ceo-wmo", anonymous=False))
    assert cells["Lindewaard"].status == "not_comparable"


def test_anonymous_viewer_sees_own_name_and_letters_without_counts(region, three):
    lindewaard = three[0]
    found = spiegel.comparison(
        region, "ceo-wmo", viewer_municipality_ids=[lindewaard.pk], anonymous=True
    )
    labels = [str(column.label) for column in found.columns]
    assert labels[0] == "Lindewaard"
    assert "Oosterbeemd" not in labels and "Heuveldorp" not in labels
    cells = wist_waar(found)
    assert cells["Lindewaard"].n == 6
    others = [cell for label, cell in cells.items() if label.endswith((" A", " B"))]
    assert len(others) == 2 and all(cell.n is None for cell in others)


def test_letters_follow_neither_names_nor_sizes(region, three):
    lindewaard, oosterbeemd, heuvel = three

    def letters():
        found = spiegel.comparison(
            region, "ceo-wmo", viewer_municipality_ids=[lindewaard.pk], anonymous=True
        )
        return {
            c.municipality_id: str(c.label)
            for c in found.columns
            if not c.own and c.municipality_id
        }

    before = letters()
    oosterbeemd.name, heuvel.name = "Aaa", "Zzz"  # reverse the alphabetical order
    oosterbeemd.save()
    heuvel.save()
    run_ceo(heuvel, ["5"] * 20)  # and make the smallest the largest
    assert letters() == before
    expected = spiegel._letters(lindewaard.pk, [oosterbeemd, heuvel])
    assert before == {pk: str(label) for pk, label in expected.items()}


def test_pages_and_exports_follow_the_region_choice(
    client, region_client, staff_client, region, three
):
    lindewaard = three[0]
    staff_client(lindewaard, Role.ANALIST)
    page = client.get(f"/regio/{region.slug}/spiegel/ceo-wmo/").content.decode()
    assert "Lindewaard" in page and "Oosterbeemd" not in page
    export = client.get(f"/regio/{region.slug}/spiegel/ceo-wmo/spiegel.csv")
    text = b"".join(export.streaming_content).decode("utf-8-sig")
    assert "Lindewaard" in text and "Oosterbeemd" not in text
    assert client.post(f"/regio/{region.slug}/spiegel/", {"anonymous": "0"}).status_code == 403
    region_client(region, RegionRole.COORDINATOR)
    client.post(f"/regio/{region.slug}/spiegel/", {"anonymous": "0"})
    region.refresh_from_db()
    assert region.compare_anonymously is False
    staff_client(lindewaard, Role.ANALIST)
    assert "Oosterbeemd" in client.get(f"/regio/{region.slug}/spiegel/ceo-wmo/").content.decode()


def test_another_region_cannot_open_the_comparison(
    client, region_client, region, other_region, three
):
    region_client(other_region, RegionRole.COORDINATOR)
    assert client.get(f"/regio/{region.slug}/spiegel/ceo-wmo/").status_code == 404
    assert client.get(f"/regio/{other_region.slug}/spiegel/ceo-wmo/").status_code == 404


def test_the_pdf_for_the_regional_meeting_keeps_the_letters(client, staff_client, region, three):
    from io import BytesIO

    from pypdf import PdfReader

    staff_client(three[0], Role.ANALIST)
    response = client.get(f"/regio/{region.slug}/spiegel/ceo-wmo/spiegel.pdf")
    assert response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(response.content)).pages)
    assert "Lindewaard" in text and "Oosterbeemd" not in text
    assert "Gemeente A" in text
    assert client.get(f"/regio/{region.slug}/spiegel/ceo-wmo/spiegel.doc").status_code == 404


def test_anonymously_the_region_figure_gives_no_count_and_needs_two_municipalities(
    region, lindewaard, oosterbeemd
):
    heuvel = MunicipalityFactory(name="Heuveldorp", slug="heuveldorp", region=region)
    run_ceo(lindewaard, ["5"] * 6)
    run_ceo(heuvel, ["5", "1"])  # too few
    run_ceo(oosterbeemd, ["4", "4", "2"])  # too few: only Lindewaard is shown
    found = spiegel.comparison(
        region, "ceo-wmo", viewer_municipality_ids=[oosterbeemd.pk], anonymous=True
    )
    region_cell = wist_waar(found)[str(found.columns[-1].label)]
    # One municipality alone would be its figure and its count: Oosterbeemd would learn them.
    assert region_cell.status == "few_municipalities" and region_cell.value is None
    run_ceo(oosterbeemd, ["5", "5"])  # now 5 valid answers: both are shown
    found = spiegel.comparison(
        region, "ceo-wmo", viewer_municipality_ids=[oosterbeemd.pk], anonymous=True
    )
    region_cell = wist_waar(found)[str(found.columns[-1].label)]
    assert region_cell.value == pytest.approx(100 * (6 + 4) / (6 + 5), abs=0.1)
    assert region_cell.n is None  # own count subtracted from it would give the other's


def test_anonymously_a_single_other_municipality_is_not_shown(region, lindewaard, oosterbeemd):
    """Beside the viewer's own municipality, one letter can only be the other member."""
    run_ceo(lindewaard, ["5"] * 6)
    run_ceo(oosterbeemd, ["4"] * 5)

    found = spiegel.comparison(
        region, "ceo-wmo", viewer_municipality_ids=[oosterbeemd.pk], anonymous=True
    )
    cells = wist_waar(found)
    assert (cells["Oosterbeemd"].value, cells["Oosterbeemd"].n) == (100.0, 5)
    other, region_cell = cells["Gemeente A"], cells[str(found.columns[-1].label)]
    assert other.status == "few_municipalities" and other.value is None
    assert region_cell.status == "few_municipalities" and region_cell.value is None

    # Without an own municipality (a coordinator) the two letters still hide who is who.
    coordinator = wist_waar(spiegel.comparison(region, "ceo-wmo", anonymous=True))
    assert sorted(cell.value for label, cell in coordinator.items() if "Gemeente" in label) == [
        100.0,
        100.0,
    ]
    by_name = wist_waar(
        spiegel.comparison(
            region, "ceo-wmo", viewer_municipality_ids=[oosterbeemd.pk], anonymous=False
        )
    )
    assert by_name["Lindewaard"].value == 100.0
