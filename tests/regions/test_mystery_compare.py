"""Mystery guest criteria compared across the region: the share of visits meeting each criterion
(4 or 5) per municipality beside the region, against hand counts, with the spiegel's rules for
small numbers, sharing and anonymity."""

import datetime
import io

import openpyxl
import pytest
from django.utils import translation
from pypdf import PdfReader

from samenspraak.mystery.models import (
    Assignment,
    Criterion,
    Location,
    MysteryRound,
    Scenario,
    Visit,
    VisitScore,
)
from samenspraak.organisations.roles import Role
from samenspraak.regions import mystery_compare
from samenspraak.regions.roles import RegionRole
from tests.factories import (
    MembershipFactory,
    MunicipalityFactory,
    TrajectFactory,
    TrajectSharingFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

SECRET = "De medewerker heette Jan en zat achter balie 3"


def run_round(municipality, scores: dict[str, list[int]], *, level="aggregaten", status="open"):
    """A mystery guest round in a shared traject; visit i gives criterion c scores[c][i]."""
    traject = TrajectFactory(municipality=municipality)
    TrajectSharingFactory(traject=traject, level=level)
    round_ = MysteryRound.objects.create(
        municipality=municipality, traject=traject, title="Ronde", instructions="-", status=status
    )
    scenario = Scenario.objects.create(
        round=round_, title="Huishouden", help_question="?", position=1
    )
    location = Location.objects.create(round=round_, name="Loket", position=1)
    assignment = Assignment.objects.create(
        round=round_, guest=UserFactory(), scenario=scenario, location=location
    )
    criteria = {
        name: Criterion.objects.create(round=round_, name=name, position=i)
        for i, name in enumerate(scores)
    }
    for i in range(max(len(values) for values in scores.values())):
        visit = Visit.objects.create(
            assignment=assignment,
            visited_on=datetime.date(2026, 10, 1 + i),
            channel="balie",
            what_happened=SECRET,
        )
        for name, values in scores.items():
            if i < len(values):
                VisitScore.objects.create(visit=visit, criterion=criteria[name], score=values[i])
    return round_


@pytest.fixture
def three(region, lindewaard, oosterbeemd):
    heuvel = MunicipalityFactory(name="Heuveldorp", slug="heuveldorp", region=region)
    run_round(lindewaard, {"Duidelijke vervolgstap": [5, 4, 2, 1, 4], "Vriendelijk": [5] * 5})
    run_round(oosterbeemd, {" duidelijke  VERVOLGSTAP": [4, 4, 4, 4, 4, 3]})
    run_round(heuvel, {"Duidelijke vervolgstap": [5, 5]})  # too few visits
    return lindewaard, oosterbeemd, heuvel


def cells(found, criterion="Duidelijke vervolgstap"):
    row = next(row for row in found.rows if row.name == criterion)
    return {str(column.label): cell for column, cell in row.lines}


def test_shares_per_municipality_and_the_region_against_hand_counts(region, three):
    found = mystery_compare.comparison(region, anonymous=False)
    assert [row.name for row in found.rows] == ["Duidelijke vervolgstap"]  # "Vriendelijk": one
    shares = cells(found)
    assert (shares["Lindewaard"].value, shares["Lindewaard"].n) == (60.0, 5)  # 3 of 5
    assert (shares["Oosterbeemd"].value, shares["Oosterbeemd"].n) == (83.3, 6)  # 5 of 6
    assert shares["Heuveldorp"].status == "hidden" and shares["Heuveldorp"].value is None
    region_cell = cells(found)[str(found.columns[-1].label)]
    assert (region_cell.value, region_cell.n) == (72.7, 11)  # (3 + 5) / (5 + 6): shown only


def test_anonymously_own_name_letters_and_no_counts(region, three):
    lindewaard = three[0]
    found = mystery_compare.comparison(region, viewer_municipality_ids=[lindewaard.pk])
    labels = [str(column.label) for column in found.columns]
    assert labels[0] == "Lindewaard"
    assert sorted(labels[1:3]) == ["Gemeente A", "Gemeente B"]
    shares = cells(found)
    assert shares["Lindewaard"].n == 5
    others = [shares[label] for label in labels[1:3]]
    assert all(cell.n is None for cell in others)
    assert shares[labels[-1]].n is None and shares[labels[-1]].value == 72.7


def test_only_shared_rounds_that_are_not_drafts_count(region, lindewaard, oosterbeemd):
    run_round(lindewaard, {"Vriendelijk": [5] * 5})
    run_round(oosterbeemd, {"Vriendelijk": [5] * 5}, level="niets")
    assert mystery_compare.comparison(region, anonymous=False) is None
    run_round(oosterbeemd, {"Vriendelijk": [4] * 5}, status="concept")
    assert mystery_compare.comparison(region, anonymous=False) is None
    run_round(oosterbeemd, {"Vriendelijk": [1] * 5})
    assert (
        cells(mystery_compare.comparison(region, anonymous=False), "Vriendelijk")[
            "Oosterbeemd"
        ].value
        == 0.0
    )


def test_pages_and_exports_hold_figures_only(client, region_client, region, three):
    region.compare_anonymously = False
    region.save()
    region_client(region, RegionRole.LEZER)
    base = f"/regio/{region.slug}/mysteryguest/"
    page = client.get(base).content.decode()
    csv = b"".join(client.get(base + "vergelijking.csv").streaming_content).decode()
    workbook = openpyxl.load_workbook(
        io.BytesIO(b"".join(client.get(base + "vergelijking.xlsx").streaming_content))
    )
    cells_in_xlsx = [
        str(value) for row in workbook.active.iter_rows(values_only=True) for value in row
    ]
    assert "Duidelijke vervolgstap" in page
    assert "Duidelijke vervolgstap;Lindewaard;60.0;5" in csv
    assert "Heuveldorp" in cells_in_xlsx and "te weinig bezoeken" in cells_in_xlsx
    for text in (page, csv, " ".join(cells_in_xlsx)):
        assert SECRET not in text and "Loket" not in text
    assert client.get(base + "vergelijking.doc").status_code == 404


def test_pdf_for_the_regional_meeting_uses_the_viewers_names(client, region, three):
    lindewaard = three[0]
    client.force_login(MembershipFactory(municipality=lindewaard, role=Role.MEDEWERKER).user)
    response = client.get(f"/regio/{region.slug}/mysteryguest/vergelijking.pdf")

    assert response["Content-Type"] == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Duidelijke vervolgstap" in text and "60%" in text and "73%" in text
    assert "Lindewaard" in text and "Gemeente A" in text and "Gemeente B" in text
    assert "Oosterbeemd" not in text and "Heuveldorp" not in text  # anonymous by default
    assert SECRET not in text and "Loket" not in text


def test_another_region_and_nothing_to_compare(client, region_client, region, other_region, three):
    region_client(other_region, RegionRole.COORDINATOR)
    assert client.get(f"/regio/{region.slug}/mysteryguest/").status_code == 404
    page = client.get(f"/regio/{other_region.slug}/mysteryguest/")
    assert page.status_code == 200 and page.context["comparison"] is None
    assert (
        client.get(f"/regio/{other_region.slug}/mysteryguest/vergelijking.csv").status_code == 404
    )


def test_anonymously_a_single_other_municipality_is_not_shown(
    client, region, lindewaard, oosterbeemd
):
    run_round(lindewaard, {"Vriendelijk": [5] * 5})
    run_round(oosterbeemd, {"Vriendelijk": [1] * 5})
    found = mystery_compare.comparison(region, viewer_municipality_ids=[lindewaard.pk])
    shares = cells(found, "Vriendelijk")
    assert shares["Lindewaard"].value == 100.0
    other, region_cell = shares["Gemeente A"], shares[str(found.columns[-1].label)]
    assert other.status == region_cell.status == "few_municipalities"
    assert other.value is None and region_cell.value is None

    client.force_login(MembershipFactory(municipality=lindewaard, role=Role.MEDEWERKER).user)
    page = client.get(f"/regio/{region.slug}/mysteryguest/").content.decode()
    with translation.override("nl"):
        note = translation.gettext(
            "Only one other municipality takes part. A letter cannot hide which municipality "
            "that is, so its figures and the region's are not shown. If the municipalities "
            "agree, the coordinator can choose to compare by name."
        )
    assert note in page
