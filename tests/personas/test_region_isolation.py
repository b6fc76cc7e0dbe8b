"""A persona belongs to one region: someone from another region gets 404 on every persona
URL, and a persona of another region cannot be reached through this region's address."""

import pytest

from samenspraak.organisations.roles import Role
from samenspraak.personas.models import Persona
from samenspraak.regions.roles import RegionRole
from tests.factories import MembershipFactory, MunicipalityFactory, RegionMembershipFactory
from tests.personas.factories import make_persona
from tests.personas.test_route_recording import form_data

pytestmark = pytest.mark.django_db

PATHS = ["", "nieuw/", "{pk}/", "{pk}/bewerken/", "{pk}/route/", "{pk}/kaart.pdf"]


@pytest.fixture
def persona(region, lindewaard):
    return make_persona(region, municipality=lindewaard)


def urls(slug, pk):
    return [f"/regio/{slug}/personas/" + path.format(pk=pk) for path in PATHS]


@pytest.mark.parametrize("role", [RegionRole.COORDINATOR, RegionRole.LEZER])
def test_a_member_of_another_region_gets_404(client, other_region, persona, role):
    client.force_login(RegionMembershipFactory(region=other_region, role=role).user)
    for url in urls("waterland-zuid", persona.pk):
        assert client.get(url).status_code == 404, url
        assert client.post(url, form_data()).status_code == 404, url


def test_staff_of_a_municipality_in_another_region_get_404(client, other_region, persona):
    elsewhere = MunicipalityFactory(region=other_region, slug="heuvelstad")
    client.force_login(MembershipFactory(municipality=elsewhere, role=Role.BEHEERDER).user)
    for url in urls("waterland-zuid", persona.pk):
        assert client.get(url).status_code == 404, url
        assert client.post(url, form_data()).status_code == 404, url


def test_a_persona_of_another_region_is_not_found_through_this_region(
    client, other_region, persona
):
    coordinator = RegionMembershipFactory(region=other_region, role=RegionRole.COORDINATOR)
    client.force_login(coordinator.user)
    for url in urls("heuvelland", persona.pk)[2:]:
        assert client.get(url).status_code == 404, url
        assert client.post(url, form_data()).status_code == 404, url
    assert persona.name not in client.get("/regio/heuvelland/personas/").content.decode()
    assert Persona.objects.get().name == "Gerda"


def test_anonymous_visitors_go_to_the_login_page(client, persona):
    for url in urls("waterland-zuid", persona.pk):
        response = client.get(url)
        assert response.status_code == 302 and "/inloggen/" in response["Location"]
