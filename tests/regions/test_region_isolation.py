"""A region's space is open only to its own members and to the staff of its municipalities,
and region access never opens a municipality's workspace."""

import pytest

from samenspraak.organisations.roles import Role
from samenspraak.regions.roles import RegionRole
from tests.factories import MunicipalityFactory, TrajectFactory, TrajectSharingFactory
from tests.organisations.test_tenant_isolation import fill, tenant_urls


@pytest.mark.django_db
@pytest.mark.parametrize("role", [RegionRole.LEZER, RegionRole.COORDINATOR])
def test_member_of_one_region_cannot_open_another(
    client, region_client, region, other_region, role
):
    region_client(other_region, role)
    assert client.get("/regio/waterland-zuid/").status_code == 404
    assert client.get("/regio/waterland-zuid/leden/").status_code == 404
    assert client.get("/regio/heuvelland/").status_code == 200


@pytest.mark.django_db
def test_shared_traject_of_another_region_is_not_found_through_my_region(
    client, region_client, region, other_region
):
    elsewhere = TrajectSharingFactory(
        traject=TrajectFactory(municipality=MunicipalityFactory(region=other_region)),
        level="citaten",
    ).traject
    region_client(region)
    assert client.get(f"/regio/waterland-zuid/trajecten/{elsewhere.pk}/").status_code == 404
    assert client.get(f"/regio/heuvelland/trajecten/{elsewhere.pk}/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("role", [RegionRole.LEZER, RegionRole.COORDINATOR])
@pytest.mark.parametrize(("name", "route"), tenant_urls())
def test_region_member_cannot_reach_a_member_municipality_workspace(
    client, region_client, region, lindewaard, role, name, route
):
    region_client(region, role)
    response = client.get(fill(route, gemeente=lindewaard.slug))
    assert response.status_code == 404, name


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "status"),
    [
        (Role.BEHEERDER, 200),
        (Role.ANALIST, 200),
        (Role.MEDEWERKER, 200),
        (Role.ADVIESRAAD, 200),
        (Role.VRIJWILLIGER, 404),
        (Role.MYSTERY_GUEST, 404),
    ],
)
def test_staff_who_read_results_in_a_member_municipality_read_the_region(
    client, staff_client, lindewaard, role, status
):
    staff_client(lindewaard, role)
    assert client.get("/regio/waterland-zuid/").status_code == status


@pytest.mark.django_db
def test_staff_of_a_municipality_in_another_region_are_refused(
    client, staff_client, region, other_region
):
    staff_client(MunicipalityFactory(region=other_region), Role.BEHEERDER)
    assert client.get("/regio/waterland-zuid/").status_code == 404


@pytest.mark.django_db
def test_municipality_staff_cannot_manage_region_members(client, staff_client, lindewaard):
    staff_client(lindewaard, Role.BEHEERDER)
    assert client.get("/regio/waterland-zuid/leden/").status_code == 403


@pytest.mark.django_db
def test_region_page_sets_no_municipality(client, region_client, region, lindewaard):
    region_client(region)
    response = client.get("/regio/waterland-zuid/")
    assert response.context["current_municipality"] is None
    assert response.wsgi_request.region == region
