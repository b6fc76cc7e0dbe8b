"""Staff open story points and moderate stories; raw stories only for raw-data roles."""

import csv
import io

import pytest

from samenspraak.insights.models import Contribution
from samenspraak.organisations.roles import Role
from samenspraak.responses.models import ExportRecord
from samenspraak.stories import services
from samenspraak.stories.models import Story, StoryPoint
from tests.factories import StoryPointFactory, TrajectFactory

BASE = "/werkruimte/lindewaard/vertelpunten/"
DRAFT = {"title": "Wachten", "text": "Mevrouw Jansen belde pas na zes weken terug."}


@pytest.fixture
def point(municipality):
    return StoryPointFactory(traject=TrajectFactory(municipality=municipality))


@pytest.fixture
def story(point):
    return services.submit_story(story_point=point, draft=DRAFT, consent_public=True)


@pytest.mark.django_db
def test_create_with_defaults_then_open(client, member_client, municipality):
    member_client(Role.MEDEWERKER)
    traject = TrajectFactory(municipality=municipality)
    form = client.get(BASE + f"nieuw/?traject={traject.pk}").content.decode()
    assert "Mantelzorger" not in form and "Familielid of mantelzorger" in form
    response = client.post(
        BASE + "nieuw/",
        {
            "traject": traject.pk,
            "title": "Vertel het ons",
            "intro": "De gemeente wil weten hoe het gaat.",
            "roles": "Cliënt\n\nCliënt\nMantelzorger",
            "topics": "Wachten",
            "ask_msc": "on",
        },
    )
    point = StoryPoint.objects.get()
    assert response["Location"] == point.get_absolute_url()
    assert point.roles == ["Cliënt", "Mantelzorger"]
    assert point.status == "concept"
    client.post(BASE + f"{point.pk}/status/", {"status": "open"})
    point.refresh_from_db()
    assert point.status == "open"
    assert client.get(f"/vertel/{point.public_code}/").status_code == 200


@pytest.mark.django_db
def test_staff_without_raw_data_see_counts_not_stories(client, member_client, point, story):
    member_client(Role.MEDEWERKER)
    page = client.get(BASE + f"{point.pk}/").content.decode()
    assert "1 in totaal, 1 wachten op beoordeling" in page
    assert "Jansen" not in page
    assert client.get(BASE + f"{point.pk}/verhalen/{story.pk}/").status_code == 403


@pytest.mark.django_db
def test_moderation_by_analyst(client, member_client, point, story):
    member_client(Role.ANALIST)
    page = client.get(BASE + f"{point.pk}/verhalen/{story.pk}/").content.decode()
    assert "Mevrouw Jansen belde pas na zes weken terug.</textarea>" in page
    page = client.post(
        BASE + f"{point.pk}/verhalen/{story.pk}/",
        {"decision": "afgewezen", "masked_text": "Iemand belde pas na zes weken terug."},
    ).content.decode()
    assert "Schrijf op waarom het verhaal is afgewezen." in page
    assert "Iemand belde pas na zes weken terug.</textarea>" in page
    client.post(
        BASE + f"{point.pk}/verhalen/{story.pk}/",
        {"decision": "goedgekeurd", "masked_text": "Iemand belde pas na zes weken terug."},
    )
    story.refresh_from_db()
    assert story.status == Story.Status.APPROVED
    assert Contribution.objects.get().text == "Iemand belde pas na zes weken terug."
    public = client.get(f"/vertel/{point.public_code}/").content.decode()
    assert "Iemand belde pas na zes weken terug." in public
    assert "Jansen" not in public


@pytest.mark.django_db
def test_story_of_another_point_is_not_found(client, member_client, point, story, municipality):
    member_client(Role.ANALIST)
    other = StoryPointFactory(traject=TrajectFactory(municipality=municipality))
    assert client.get(BASE + f"{other.pk}/verhalen/{story.pk}/").status_code == 404


@pytest.mark.django_db
def test_export(client, member_client, point, story):
    services.submit_story(
        story_point=point, draft={"text": "=cmd|' /C calc'!A0"}, consent_public=False
    )
    member_client(Role.MEDEWERKER)
    assert client.get(BASE + f"{point.pk}/verhalen.csv").status_code == 403
    member_client(Role.ANALIST)
    response = client.get(BASE + f"{point.pk}/verhalen.csv")
    body = b"".join(response.streaming_content).decode().lstrip("\ufeff")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert [row["verhaal"] for row in rows] == [DRAFT["text"], "'=cmd|' /C calc'!A0"]
    assert [row["toestemming_tonen"] for row in rows] == ["ja", "nee"]
    assert ExportRecord.objects.get().what == f"vertelpunt-{point.pk}.csv"


@pytest.mark.django_db
def test_xlsx_export_reads_back(client, member_client, point, story):
    from openpyxl import load_workbook

    member_client(Role.ANALIST)
    response = client.get(BASE + f"{point.pk}/verhalen.xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content)))["verhalen"]
    header, row = [[cell.value for cell in r] for r in sheet.iter_rows()]
    record = dict(zip(header, row, strict=True))
    assert record["verhaal"] == DRAFT["text"]
    assert record["status"] == "wacht"
    assert ExportRecord.objects.get().what == f"vertelpunt-{point.pk}.xlsx"
