import pytest
from django.core.cache import cache

from samenspraak.organisations.roles import Role
from tests.factories import MembershipFactory, MunicipalityFactory, RegionFactory


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters live in the cache; every test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def municipality(db):
    return MunicipalityFactory(name="Lindewaard", slug="lindewaard")


@pytest.fixture
def other_municipality(db):
    return MunicipalityFactory(name="Oosterbeemd", slug="oosterbeemd")


@pytest.fixture
def member_client(client, municipality):
    """Log the test client in with a given role in ``municipality``."""

    def login(role=Role.BEHEERDER, target=None):
        membership = MembershipFactory(municipality=target or municipality, role=role)
        client.force_login(membership.user)
        return membership

    return login


# A region with two member municipalities, and another region: for region and persona tests.
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
