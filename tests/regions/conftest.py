import pytest

from samenspraak.regions.roles import RegionRole
from tests.factories import (
    MembershipFactory,
    MunicipalityFactory,
    RegionFactory,
    RegionMembershipFactory,
)


@pytest.fixture
def region(db):
    return RegionFactory(name="Regio Waterland-Zuid", slug="waterland-zuid")


@pytest.fixture
def lindewaard(region):
    return MunicipalityFactory(name="Lindewaard", slug="lindewaard", region=region)


@pytest.fixture
def oosterbeemd(region):
    return MunicipalityFactory(name="Oosterbeemd", slug="oosterbeemd", region=region)


@pytest.fixture
def other_region(db):
    return RegionFactory(name="Regio Heuvelland", slug="heuvelland")


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
