import pytest

from samenspraak.organisations.roles import Role
from tests.factories import MethodFactory


@pytest.mark.django_db
def test_method_page_shows_facets_texts_and_sources(client):
    MethodFactory(
        slug="klantreis",
        name="Klantreis",
        data_overrides={
            "examples": [
                {
                    "place": "Veere",
                    "text": "Klanten beoordeelden elke fase van de reis.",
                    "source": "004",
                }
            ],
            "further_reading": [{"title": "Klantreis", "url": "https://www.movisie.nl/klantreis"}],
            "judged_facets": ["cost"],
            "sources": ["000", "004"],
        },
    )
    html = client.get("/methoden/klantreis/").content.decode()
    assert "<h1" in html and "Klantreis" in html
    assert "Veere" in html
    assert "https://www.movisie.nl/klantreis" in html
    assert "onze inschatting" in html
    assert "Koploperproject" in html
    assert "Verdiepend" in html  # facet labels, not slugs


@pytest.mark.django_db
def test_retired_and_unknown_methods_are_not_found(client):
    MethodFactory(slug="oud", is_retired=True)
    assert client.get("/methoden/oud/").status_code == 404
    assert client.get("/methoden/bestaat-niet/").status_code == 404


@pytest.mark.django_db
def test_local_method_is_only_visible_in_its_own_workspace(
    client, member_client, municipality, other_municipality
):
    MethodFactory(slug="buurtkoffie", name="Buurtkoffie", municipality=municipality)
    assert client.get("/methoden/buurtkoffie/").status_code == 404
    assert "Buurtkoffie" not in client.get("/methoden/").content.decode()

    member_client(Role.MEDEWERKER)
    assert client.get("/werkruimte/lindewaard/methoden/buurtkoffie/").status_code == 200
    assert "Buurtkoffie" in client.get("/werkruimte/lindewaard/methoden/").content.decode()

    member_client(Role.BEHEERDER, target=other_municipality)
    assert client.get("/werkruimte/oosterbeemd/methoden/buurtkoffie/").status_code == 404
    assert "Buurtkoffie" not in client.get("/werkruimte/oosterbeemd/methoden/").content.decode()
