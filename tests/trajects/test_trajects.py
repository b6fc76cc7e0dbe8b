import pytest

from samenspraak.organisations.roles import Role
from samenspraak.trajects.models import Traject
from tests.factories import TrajectFactory


@pytest.mark.django_db
def test_staff_member_starts_a_traject(client, member_client, municipality):
    member_client(Role.MEDEWERKER)
    response = client.post(
        "/werkruimte/lindewaard/trajecten/nieuw/",
        {
            "title": "Vindbaarheid wijkteam",
            "question": "Inwoners weten niet waar ze met hun vraag heen kunnen.",
            "goal": "Meer inwoners vinden binnen een week de juiste plek.",
            "target_groups": ["ouderen", "lvb"],
            "status": "voorbereiding",
        },
    )
    traject = Traject.objects.get()
    assert response.url == f"/werkruimte/lindewaard/trajecten/{traject.pk}/"
    assert traject.municipality == municipality
    assert traject.target_groups == ["ouderen", "lvb"]


@pytest.mark.django_db
def test_missing_question_is_explained(client, member_client):
    member_client(Role.MEDEWERKER)
    response = client.post(
        "/werkruimte/lindewaard/trajecten/nieuw/", {"title": "Iets", "status": "voorbereiding"}
    )
    html = response.content.decode()
    assert "Beschrijf wat u wilt verbeteren." in html
    assert 'value="Iets"' in html
    assert not Traject.objects.exists()


@pytest.mark.django_db
def test_traject_of_another_municipality_is_not_found(client, member_client, other_municipality):
    foreign = TrajectFactory(municipality=other_municipality)
    member_client(Role.BEHEERDER)
    assert client.get(f"/werkruimte/lindewaard/trajecten/{foreign.pk}/").status_code == 404
    assert (
        client.get("/werkruimte/lindewaard/trajecten/").content.decode().count(foreign.title) == 0
    )


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.ADVIESRAAD, Role.VRIJWILLIGER])
def test_read_only_roles_cannot_create_or_edit(client, member_client, municipality, role):
    traject = TrajectFactory(municipality=municipality)
    member_client(role)
    assert client.get(f"/werkruimte/lindewaard/trajecten/{traject.pk}/").status_code == 200
    assert client.get("/werkruimte/lindewaard/trajecten/nieuw/").status_code == 403
    assert client.get(f"/werkruimte/lindewaard/trajecten/{traject.pk}/bewerken/").status_code == 403
