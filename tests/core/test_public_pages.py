import pytest

PUBLIC_PAGES = ["/", "/toegankelijkheid/", "/privacy/", "/inloggen/", "/wachtwoord-vergeten/"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_page_is_dutch_with_landmarks(client, path):
    response = client.get(path)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="nl"' in html
    assert html.count("<h1") == 1
    assert 'href="#inhoud"' in html
    assert '<main id="inhoud"' in html
    assert "<script" not in html  # works without JavaScript and loads nothing external
    assert "https://" not in html.split("<body")[0]


@pytest.mark.django_db
def test_accessibility_statement_names_the_standard(client):
    html = client.get("/toegankelijkheid/").content.decode()
    assert "WCAG 2.1" in html
    assert "EN 301 549" in html


@pytest.mark.django_db
def test_privacy_page_explains_rights(client):
    html = client.get("/privacy/").content.decode()
    assert "IP-adres" in html
    assert "Autoriteit Persoonsgegevens" in html


@pytest.mark.django_db
def test_unknown_page_is_a_friendly_404(client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()


@pytest.mark.django_db
def test_public_municipality_page_for_unknown_slug_is_404(client):
    assert client.get("/gemeente/bestaat-niet/").status_code == 404
