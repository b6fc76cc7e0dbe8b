import pytest


@pytest.mark.django_db
def test_larger_letters_are_remembered_and_can_be_undone(client):
    response = client.post("/tekstgrootte/", {"grootte": "groot", "next": "/privacy/"})
    assert response.url == "/privacy/"
    assert 'class="voorbeeld-theme ss-root ss-large"' in client.get("/privacy/").content.decode()
    client.post("/tekstgrootte/", {"grootte": "normaal", "next": "/"})
    assert "ss-large" not in client.get("/").content.decode()


@pytest.mark.django_db
def test_text_size_never_redirects_elsewhere(client):
    response = client.post("/tekstgrootte/", {"grootte": "groot", "next": "https://evil.example/"})
    assert response.url == "/"
