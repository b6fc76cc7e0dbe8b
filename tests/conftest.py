import pytest
from django.core.cache import cache

from samenspraak.organisations.roles import Role
from tests.factories import MembershipFactory, MunicipalityFactory


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
