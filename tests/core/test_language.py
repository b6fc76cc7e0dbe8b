import pytest


@pytest.mark.django_db
def test_dutch_is_the_default(client):
    assert "Inloggen voor medewerkers" in client.get("/").content.decode()


@pytest.mark.django_db
def test_switch_to_english_and_back(client):
    response = client.post("/taal/", {"language": "en", "next": "/privacy/"})
    assert response.status_code == 302
    html = client.get("/privacy/").content.decode()
    assert '<html lang="en"' in html
    assert "What happens with your answers" in html
    client.post("/taal/", {"language": "nl", "next": "/"})
    assert '<html lang="nl"' in client.get("/").content.decode()


@pytest.mark.django_db
def test_browser_language_does_not_override_dutch(client):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="nl"' in html
