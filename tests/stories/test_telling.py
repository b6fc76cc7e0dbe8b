"""Telling a story without JavaScript: every step keeps what was typed, nothing half is stored."""

import re

import pytest

from samenspraak.stories.models import Story
from tests.factories import StoryPointFactory, TrajectFactory

STORY = "Ik belde het wijkteam en kreeg meteen een afspraak. Dat was fijn."


@pytest.fixture
def point(municipality):
    return StoryPointFactory(traject=TrajectFactory(municipality=municipality))


def url(point, step=""):
    return f"/vertel/{point.public_code}/{step}"


@pytest.mark.django_db
def test_whole_flow(client, point):
    start = client.get(url(point)).content.decode()
    assert "Vertel uw verhaal" in start
    assert client.get(url(point, "vragen/")).status_code == 302  # no story yet
    response = client.post(url(point, "verhaal/"), {"title": "Snel geholpen", "text": STORY})
    assert response["Location"] == url(point, "vragen/")
    page = client.get(url(point, "vragen/")).content.decode()
    assert "Mantelzorger" in page and "Het besluit" in page
    assert "belangrijkste verandering" in page
    response = client.post(
        url(point, "vragen/"),
        {"role": "Cliënt", "feeling": "5", "topics": ["Het gesprek"], "wish_for_others": "ja"},
    )
    assert response["Location"] == url(point, "controleren/")
    review = client.get(url(point, "controleren/")).content.decode()
    assert STORY in review and "Heel goed" in review and "Het gesprek" in review
    assert not Story.objects.exists()  # nothing until it is sent
    response = client.post(url(point, "controleren/"), {"consent_public": "on"})
    assert response["Location"] == url(point, "bedankt/")
    story = Story.objects.get()
    assert (story.title, story.text, story.role, story.feeling) == (
        "Snel geholpen",
        STORY,
        "Cliënt",
        5,
    )
    assert story.topics == ["Het gesprek"]
    assert story.consent_public is True
    assert "Bedankt voor uw verhaal" in client.get(url(point, "bedankt/")).content.decode()
    # The draft is gone: a second send is impossible.
    assert client.post(url(point, "controleren/"), {}).status_code == 302
    assert Story.objects.count() == 1


@pytest.mark.django_db
def test_errors_keep_the_text(client, point):
    long_story = "x" * 5001
    page = client.post(url(point, "verhaal/"), {"title": "Mijn titel", "text": ""})
    html = page.content.decode()
    assert "<title>Fout:" in html
    assert "Vertel uw verhaal. Een paar zinnen is genoeg." in html
    assert 'value="Mijn titel"' in html
    html = client.post(url(point, "verhaal/"), {"text": long_story}).content.decode()
    assert long_story in html
    assert not Story.objects.exists()


@pytest.mark.django_db
def test_previous_keeps_answers(client, point):
    client.post(url(point, "verhaal/"), {"text": STORY})
    response = client.post(url(point, "vragen/"), {"feeling": "2", "vorige": ""})
    assert response["Location"] == url(point, "verhaal/")
    assert STORY in client.get(url(point, "verhaal/")).content.decode()
    questions = client.get(url(point, "vragen/")).content.decode()
    assert re.search(r'name="feeling" value="2"[^>]*checked', questions)
    assert not re.search(r'name="feeling" value="[1345]"[^>]*checked', questions)


@pytest.mark.django_db
def test_honeypot_stores_nothing(client, point):
    client.post(url(point, "verhaal/"), {"text": STORY})
    client.post(url(point, "controleren/"), {"website": "http://spam.example"})
    assert not Story.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("status", "code"), [("gesloten", 410), ("concept", 404)])
def test_closed_story_point(client, point, status, code):
    point.status = status
    point.save()
    assert client.get(url(point)).status_code == code
    assert client.post(url(point, "verhaal/"), {"text": STORY}).status_code == code
    assert not Story.objects.exists()


@pytest.mark.django_db
def test_unknown_code(client):
    assert client.get("/vertel/bestaatniet/").status_code == 404


@pytest.mark.django_db
def test_only_open_story_points_are_on_the_municipality_page(client, point, municipality):
    StoryPointFactory(
        traject=TrajectFactory(municipality=municipality), title="Oud vertelpunt", status="gesloten"
    )
    html = client.get("/gemeente/lindewaard/").content.decode()
    assert f'href="/vertel/{point.public_code}/"' in html
    assert "Oud vertelpunt" not in html
