"""Going through a journey without JavaScript, alone or with an interviewer."""

import re

import pytest

from samenspraak.journeys.models import JourneyEntry
from samenspraak.organisations.roles import Role
from tests.factories import JourneyFactory, TrajectFactory


@pytest.fixture
def journey(municipality):
    return JourneyFactory(traject=TrajectFactory(municipality=municipality))


def url(journey, step=""):
    return f"/klantreis/{journey.public_code}/{step}"


@pytest.mark.django_db
def test_whole_journey(client, journey):
    assert "Het besluit" in client.get(url(journey)).content.decode()
    page = client.get(url(journey, "stap/1/")).content.decode()
    assert "Stap 1 van 3" in page and "website" in page
    response = client.post(
        url(journey, "stap/1/"),
        {"score": "-2", "what_happened": "Niets te vinden.", "bejegening": "2", "volgende": ""},
    )
    assert response["Location"] == url(journey, "stap/2/")
    client.post(url(journey, "stap/2/"), {"score": "1", "volgende": ""})
    response = client.post(url(journey, "stap/3/"), {"skipped": "on", "volgende": ""})
    assert response["Location"] == url(journey, "controleren/")
    review = client.get(url(journey, "controleren/")).content.decode()
    # Coordinates stay machine-readable in Dutch (no decimal commas): two scored steps, a line.
    assert re.search(r'<polyline points="70\.0,280\.0 380\.0,92\.5"', review)
    assert '<circle cx="380.0" cy="92.5"' in review
    assert "niet gedaan" in review
    assert not JourneyEntry.objects.exists()
    response = client.post(url(journey, "controleren/"))
    assert response["Location"] == url(journey, "bedankt/")
    entry = JourneyEntry.objects.get()
    assert [(p.phase_key, p.score, p.bejegening) for p in entry.phases.all()] == [
        ("zoeken", -2, 2),
        ("gesprek", 1, None),
    ]
    thanks = client.get(url(journey, "bedankt/")).content.decode()
    assert "Bedankt voor uw reis" in thanks and "<svg" in thanks


@pytest.mark.django_db
def test_a_score_is_needed_unless_skipped_and_text_is_kept(client, journey):
    html = client.post(
        url(journey, "stap/1/"), {"what_happened": "Lang gezocht.", "volgende": ""}
    ).content.decode()
    assert "<title>Fout:" in html
    assert "Kies hoe deze stap voor u was" in html
    assert "Lang gezocht.</textarea>" in html


@pytest.mark.django_db
def test_previous_keeps_answers_without_a_score(client, journey):
    client.post(url(journey, "stap/1/"), {"score": "0", "volgende": ""})
    response = client.post(url(journey, "stap/2/"), {"what_happened": "Fijn gesprek", "vorige": ""})
    assert response["Location"] == url(journey, "stap/1/")
    assert "Fijn gesprek</textarea>" in client.get(url(journey, "stap/2/")).content.decode()


@pytest.mark.django_db
def test_review_without_answers_goes_to_the_first_step(client, journey):
    assert client.get(url(journey, "controleren/"))["Location"] == url(journey, "stap/1/")
    assert client.get(url(journey, "stap/9/")).status_code == 404


@pytest.mark.django_db
def test_all_skipped_is_an_error(client, journey):
    for number in (1, 2, 3):
        client.post(url(journey, f"stap/{number}/"), {"skipped": "on", "volgende": ""})
    html = client.post(url(journey, "controleren/")).content.decode()
    assert "<title>Fout:" in html
    assert not JourneyEntry.objects.exists()


@pytest.mark.django_db
def test_honeypot(client, journey):
    client.post(url(journey, "stap/1/"), {"score": "0", "volgende": ""})
    client.post(url(journey, "controleren/"), {"website": "spam"})
    assert not JourneyEntry.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("status", "code"), [("gesloten", 410), ("concept", 404)])
def test_closed(client, journey, status, code):
    journey.status = status
    journey.save()
    assert client.get(url(journey)).status_code == code
    assert client.post(url(journey, "stap/1/"), {"score": "1"}).status_code == code


@pytest.mark.django_db
def test_interviewer_records_a_shadow_journey(client, member_client, journey):
    member_client(Role.VRIJWILLIGER)
    base = f"/werkruimte/lindewaard/klantreizen/{journey.pk}/invoeren/"
    response = client.post(base, {"kind": "schaduwreis", "respondent_group": "oudere"})
    assert response["Location"] == url(journey, "stap/1/")
    client.post(url(journey, "stap/1/"), {"score": "-1", "volgende": ""})
    client.post(url(journey, "controleren/"))
    entry = JourneyEntry.objects.get()
    assert (entry.kind, entry.channel, entry.respondent_group) == (
        "schaduwreis",
        "interview",
        "oudere",
    )


@pytest.mark.django_db
def test_open_journeys_are_on_the_municipality_page(client, journey):
    assert url(journey) in client.get("/gemeente/lindewaard/").content.decode()
