"""The schouw page works without JavaScript: add, support once, see the municipality's answer."""

import csv
import io

import pytest

from samenspraak.organisations.roles import Role
from samenspraak.responses.models import ExportRecord
from samenspraak.walks import services
from samenspraak.walks.models import Walk, WalkPoint
from tests.factories import TrajectFactory, WalkFactory, photo_with_gps

BASE = "/werkruimte/lindewaard/schouwen/"


@pytest.fixture
def walk(municipality):
    return WalkFactory(traject=TrajectFactory(municipality=municipality))


def url(walk, rest=""):
    return f"/schouw/{walk.public_code}/{rest}"


@pytest.mark.django_db
def test_add_point_with_photo(client, walk):
    response = client.post(
        url(walk, "nieuw/"),
        {
            "category": "knelpunt",
            "description": "Geen bordje naar het wijkteam.",
            "location_text": "Lindeplein",
            "photo": photo_with_gps((800, 600)),
        },
    )
    assert response["Location"] == url(walk)
    page = client.get(url(walk)).content.decode()
    assert "Geen bordje naar het wijkteam." in page
    assert WalkPoint.objects.get().thumbnail.url in page


@pytest.mark.django_db
def test_errors_keep_the_text(client, walk):
    html = client.post(
        url(walk, "nieuw/"), {"description": "Drempel bij de ingang", "latitude": "52.1"}
    ).content.decode()
    assert "<title>Fout:" in html
    assert "Drempel bij de ingang</textarea>" in html
    assert "Kies wat voor punt het is." in html
    assert "Kies die opnieuw" in html
    assert not WalkPoint.objects.exists()


@pytest.mark.django_db
def test_support_counts_once_per_visitor(client, walk):
    point = services.add_point(walk=walk, category="suggestie", description="Bankje")
    support = url(walk, f"punten/{point.pk}/steun/")
    assert client.get(support).status_code == 405
    client.post(support)
    client.post(support)
    point.refresh_from_db()
    assert point.support_count == 1
    assert "U bent het eens met dit punt." in client.get(url(walk)).content.decode()


@pytest.mark.django_db
def test_honeypot(client, walk):
    client.post(
        url(walk, "nieuw/"), {"category": "knelpunt", "description": "Spam", "website": "x"}
    )
    assert not WalkPoint.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("status", "code"), [("gesloten", 410), ("concept", 404)])
def test_closed_walk(client, walk, status, code):
    walk.status = status
    walk.save()
    assert client.get(url(walk)).status_code == code
    response = client.post(url(walk, "nieuw/"), {"category": "knelpunt", "description": "X"})
    assert response.status_code == code
    assert not WalkPoint.objects.exists()


@pytest.mark.django_db
def test_staff_create_open_and_respond(client, member_client, municipality):
    member_client(Role.MEDEWERKER)
    traject = TrajectFactory(municipality=municipality)
    client.post(
        BASE + "nieuw/",
        {"traject": traject.pk, "title": "Schouw", "area": "Wijk Noord", "intro": "Samen lopen"},
    )
    walk = Walk.objects.get()
    client.post(BASE + f"{walk.pk}/status/", {"status": "open"})
    point = services.add_point(walk=Walk.objects.get(), category="knelpunt", description="Drempel")
    client.post(BASE + f"{walk.pk}/punten/{point.pk}/", {"response": "Er komt een oprit."})
    page = client.get(url(walk)).content.decode()
    assert "Reactie van de gemeente:" in page and "Er komt een oprit." in page
    assert url(walk) in client.get("/gemeente/lindewaard/").content.decode()


@pytest.mark.django_db
def test_export(client, member_client, walk):
    services.add_point(walk=walk, category="knelpunt", description="@SUM(1)", location_text="X")
    member_client(Role.MEDEWERKER)
    assert client.get(BASE + f"{walk.pk}/punten.csv").status_code == 403
    member_client(Role.ANALIST)
    body = b"".join(client.get(BASE + f"{walk.pk}/punten.csv").streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))
    assert rows[0]["beschrijving"] == "'@SUM(1)"
    assert rows[0]["foto"] == "nee"
    assert client.get(BASE + f"{walk.pk}/punten.xlsx").status_code == 200
    assert sorted(ExportRecord.objects.values_list("what", flat=True)) == [
        f"schouw-{walk.pk}.csv",
        f"schouw-{walk.pk}.xlsx",
    ]


@pytest.mark.django_db
def test_public_points_are_masked(client, walk):
    client.post(
        url(walk, "nieuw/"),
        {
            "category": "knelpunt",
            "description": "Bel mij op 06-12345678 over de drempel bij de ingang.",
            "location_text": "Lindeplein",
        },
    )
    page = client.get(url(walk)).content.decode()
    # Before the masking run: the rules already hide contact details.
    assert "06-12345678" not in page
    assert "Bel mij op [telefoon] over de drempel bij de ingang." in page
    contribution = WalkPoint.objects.get().contribution
    contribution.masked_text = "Bel mij op [telefoon] over de drempel."
    contribution.mask_state = "gecontroleerd"
    contribution.save()
    assert "Bel mij op [telefoon] over de drempel." in client.get(url(walk)).content.decode()
