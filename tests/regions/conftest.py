import pytest

from samenspraak.regions.roles import RegionRole
from tests.factories import MembershipFactory, RegionMembershipFactory


@pytest.fixture
def region_client(client):
    """Log the test client in with a role in a region (no municipality membership)."""

    def login(region, role=RegionRole.LEZER):
        membership = RegionMembershipFactory(region=region, role=role)
        client.force_login(membership.user)
        return membership

    return login


@pytest.fixture
def staff_client(client):
    """Log the test client in with a role in a municipality."""

    def login(municipality, role):
        membership = MembershipFactory(municipality=municipality, role=role)
        client.force_login(membership.user)
        return membership

    return login
