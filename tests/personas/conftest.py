import pytest

from samenspraak.organisations.roles import Role
from samenspraak.regions.roles import RegionRole
from tests.factories import MembershipFactory, MunicipalityFactory, RegionMembershipFactory


@pytest.fixture
def marenveld(region):
    return MunicipalityFactory(name="Marenveld", slug="marenveld", region=region)


@pytest.fixture
def coordinator(region):
    return RegionMembershipFactory(region=region, role=RegionRole.COORDINATOR)


@pytest.fixture
def reader(region):
    return RegionMembershipFactory(region=region, role=RegionRole.LEZER)


@pytest.fixture
def lindewaard_staff(lindewaard):
    return MembershipFactory(municipality=lindewaard, role=Role.MEDEWERKER)


@pytest.fixture
def oosterbeemd_staff(oosterbeemd):
    return MembershipFactory(municipality=oosterbeemd, role=Role.MEDEWERKER)
