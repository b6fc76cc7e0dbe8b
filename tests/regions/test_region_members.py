"""Only a regional coordinator manages the region's members."""

import pytest

from samenspraak.regions.models import RegionMembership
from samenspraak.regions.roles import RegionRole
from tests.factories import RegionMembershipFactory, UserFactory


@pytest.mark.django_db
def test_lezer_cannot_manage_members(client, region_client, region):
    region_client(region, RegionRole.LEZER)
    other = RegionMembershipFactory(region=region, role=RegionRole.LEZER)
    assert client.get("/regio/waterland-zuid/leden/").status_code == 403
    response = client.post(
        "/regio/waterland-zuid/leden/", {"email": "x@example.org", "role": RegionRole.LEZER}
    )
    assert response.status_code == 403
    assert client.post(f"/regio/waterland-zuid/leden/{other.pk}/verwijderen/").status_code == 403
    assert RegionMembership.objects.filter(pk=other.pk).exists()


@pytest.mark.django_db
def test_coordinator_adds_an_existing_user_by_email(client, region_client, region):
    coordinator = region_client(region, RegionRole.COORDINATOR)
    person = UserFactory(email="wethouder@marenveld.example")
    response = client.post(
        "/regio/waterland-zuid/leden/",
        {"email": "Wethouder@Marenveld.example", "role": RegionRole.LEZER},
    )
    assert response.status_code == 302
    membership = RegionMembership.objects.get(region=region, user=person)
    assert membership.role == RegionRole.LEZER
    assert membership.added_by == coordinator.user


@pytest.mark.django_db
def test_unknown_or_existing_member_is_shown_on_the_form(client, region_client, region):
    coordinator = region_client(region, RegionRole.COORDINATOR)
    response = client.post(
        "/regio/waterland-zuid/leden/", {"email": "niemand@example.org", "role": "lezer"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["email"]
    assert "niemand@example.org" in response.content.decode()
    response = client.post(
        "/regio/waterland-zuid/leden/", {"email": coordinator.user.email, "role": "lezer"}
    )
    assert response.context["form"].errors["email"]
    assert RegionMembership.objects.filter(region=region).count() == 1


@pytest.mark.django_db
def test_coordinator_removes_a_member_but_not_the_last_coordinator(client, region_client, region):
    coordinator = region_client(region, RegionRole.COORDINATOR)
    reader = RegionMembershipFactory(region=region, role=RegionRole.LEZER)
    client.post(f"/regio/waterland-zuid/leden/{reader.pk}/verwijderen/")
    assert not RegionMembership.objects.filter(pk=reader.pk).exists()
    client.post(f"/regio/waterland-zuid/leden/{coordinator.pk}/verwijderen/")
    assert RegionMembership.objects.filter(pk=coordinator.pk).exists()


@pytest.mark.django_db
def test_membership_of_another_region_cannot_be_removed(
    client, region_client, region, other_region
):
    region_client(region, RegionRole.COORDINATOR)
    elsewhere = RegionMembershipFactory(region=other_region, role=RegionRole.LEZER)
    response = client.post(f"/regio/waterland-zuid/leden/{elsewhere.pk}/verwijderen/")
    assert response.status_code == 404
    assert RegionMembership.objects.filter(pk=elsewhere.pk).exists()


@pytest.mark.django_db
def test_region_member_finds_the_region_on_the_workspace_choice(client, region_client, region):
    region_client(region, RegionRole.LEZER)
    response = client.get("/werkruimte/")
    assert response.status_code == 200
    assert "/regio/waterland-zuid/" in response.content.decode()
