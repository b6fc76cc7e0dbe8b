import pytest

from samenspraak.methods.models import Method
from samenspraak.organisations.roles import Role

VALID = {
    "name": "Buurtkoffie",
    "summary": "Een ochtend koffie in het buurthuis, met een medewerker van het wijkteam.",
    "when": "Als u laagdrempelig wilt horen wat er speelt in een wijk.",
    "with_whom": "Buurtbewoners en het wijkteam.",
    "how": "Het wijkteam schenkt koffie en vraagt bezoekers naar hun ervaringen met hulp vragen.",
    "steps": "Kies een buurthuis.\nNodig bewoners uit.\nSchrijf op wat u hoort.",
    "tips": "Zet een bord buiten.",
    "pitfalls": "",
    "type": "algemene-gespreksmethode",
    "phases": ["ophalen"],
    "depth": ["peilend"],
    "participation_levels": ["raadplegen"],
    "target_groups": ["inwoners", "ouderen"],
    "channel": "fysiek",
    "effort": "laag",
    "cost": "laag",
    "lead_time": "weken",
    "group_sizes": ["klein"],
}


@pytest.mark.django_db
def test_beheerder_adds_a_local_method(client, member_client, municipality):
    member_client(Role.BEHEERDER)
    response = client.post("/werkruimte/lindewaard/methoden/nieuw/", VALID)
    assert response.status_code == 302
    method = Method.objects.get(municipality=municipality)
    assert method.slug == "buurtkoffie"
    assert method.data["steps"] == [
        "Kies een buurthuis.",
        "Nodig bewoners uit.",
        "Schrijf op wat u hoort.",
    ]
    assert method.data["sources"] == ["lokaal"]
    assert "koffie" in method.search_index or "koffi" in method.search_index


@pytest.mark.django_db
def test_local_method_is_searchable_and_recommended(client, member_client, municipality):
    member_client(Role.BEHEERDER)
    client.post("/werkruimte/lindewaard/methoden/nieuw/", VALID)
    html = client.get("/werkruimte/lindewaard/methoden/?q=buurthuis").content.decode()
    assert "Buurtkoffie" in html
    body = client.get(
        "/werkruimte/lindewaard/methoden/keuzehulp/?target_groups=ouderen",
        HTTP_ACCEPT="application/json",
    ).json()
    assert body["results"][0]["slug"] == "buurtkoffie"
    assert body["results"][0]["local"] is True


@pytest.mark.django_db
def test_incomplete_method_keeps_input_and_saves_nothing(client, member_client):
    member_client(Role.BEHEERDER)
    data = {**VALID, "steps": "Maar één stap", "phases": []}
    response = client.post("/werkruimte/lindewaard/methoden/nieuw/", data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Fout:" in html
    assert "Schrijf minstens twee stappen" in html
    assert "Kies minstens één mogelijkheid" in html
    assert "Een ochtend koffie in het buurthuis" in html
    assert not Method.objects.exists()


@pytest.mark.django_db
def test_slug_never_collides_with_the_catalogue(client, member_client):
    from tests.factories import MethodFactory

    MethodFactory(slug="buurtkoffie")
    member_client(Role.BEHEERDER)
    client.post("/werkruimte/lindewaard/methoden/nieuw/", VALID)
    assert Method.objects.filter(municipality__isnull=False).get().slug == "buurtkoffie-2"


@pytest.mark.django_db
def test_beheerder_edits_own_method(client, member_client, municipality):
    member_client(Role.BEHEERDER)
    client.post("/werkruimte/lindewaard/methoden/nieuw/", VALID)
    response = client.post(
        "/werkruimte/lindewaard/methoden/buurtkoffie/bewerken/",
        {**VALID, "name": "Buurtkoffie plus"},
    )
    assert response.status_code == 302
    assert Method.objects.get(municipality=municipality).name == "Buurtkoffie plus"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "role", [Role.MEDEWERKER, Role.ANALIST, Role.ADVIESRAAD, Role.VRIJWILLIGER]
)
def test_only_beheerder_adds_local_methods(client, member_client, role):
    member_client(role)
    assert client.post("/werkruimte/lindewaard/methoden/nieuw/", VALID).status_code == 403
    assert not Method.objects.exists()


@pytest.mark.django_db
def test_catalogue_methods_cannot_be_edited_in_the_app(client, member_client):
    from tests.factories import MethodFactory

    MethodFactory(slug="landelijk")
    member_client(Role.BEHEERDER)
    assert client.get("/werkruimte/lindewaard/methoden/landelijk/bewerken/").status_code == 404
