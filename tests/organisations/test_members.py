import pytest

from samenspraak.organisations.models import Membership
from samenspraak.organisations.roles import Role
from tests.factories import MembershipFactory


@pytest.mark.django_db
def test_role_can_be_changed(client, member_client, municipality):
    member_client(Role.BEHEERDER)
    other = MembershipFactory(municipality=municipality, role=Role.MEDEWERKER)
    client.post(f"/werkruimte/lindewaard/leden/{other.pk}/rol/", {"role": Role.ANALIST})
    other.refresh_from_db()
    assert other.role == Role.ANALIST


@pytest.mark.django_db
def test_last_administrator_cannot_step_down(client, member_client):
    me = member_client(Role.BEHEERDER)
    response = client.post(
        f"/werkruimte/lindewaard/leden/{me.pk}/rol/", {"role": Role.MEDEWERKER}, follow=True
    )
    me.refresh_from_db()
    assert me.role == Role.BEHEERDER
    assert "beheerder" in response.content.decode().lower()


@pytest.mark.django_db
def test_member_can_be_removed(client, member_client, municipality):
    member_client(Role.BEHEERDER)
    other = MembershipFactory(municipality=municipality, role=Role.VRIJWILLIGER)
    client.post(f"/werkruimte/lindewaard/leden/{other.pk}/verwijderen/")
    assert not Membership.objects.filter(pk=other.pk).exists()


@pytest.mark.django_db
def test_membership_of_another_municipality_cannot_be_touched(
    client, member_client, other_municipality
):
    member_client(Role.BEHEERDER)
    foreign = MembershipFactory(municipality=other_municipality, role=Role.MEDEWERKER)
    response = client.post(f"/werkruimte/lindewaard/leden/{foreign.pk}/verwijderen/")
    assert response.status_code == 404
    assert Membership.objects.filter(pk=foreign.pk).exists()


@pytest.mark.django_db
def test_removal_needs_post(client, member_client, municipality):
    member_client(Role.BEHEERDER)
    other = MembershipFactory(municipality=municipality)
    assert client.get(f"/werkruimte/lindewaard/leden/{other.pk}/verwijderen/").status_code == 405
