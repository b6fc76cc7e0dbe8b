"""A regional method's catalogue page offers its ready traject; only staff who run trajects
get the link to start it."""

import pytest

from samenspraak.organisations.roles import Role
from samenspraak.trajects.werkvormen import werkvorm_for
from tests.factories import MethodFactory

from .werkvorm_factories import werkvorm_methods

START = "/werkruimte/lindewaard/trajecten/werkvormen/wereldcafe/"


@pytest.fixture
def methods(db):
    return werkvorm_methods()


def test_public_page_mentions_the_ready_traject_without_a_link(client, methods):
    page = client.get("/methoden/wereldcafe/").content.decode()

    assert werkvorm_for("wereldcafe").title in page
    assert "/trajecten/werkvormen/" not in page


def test_staff_who_run_trajects_can_start_it_from_the_method(client, member_client, methods):
    member_client(Role.MEDEWERKER)
    page = client.get("/werkruimte/lindewaard/methoden/wereldcafe/").content.decode()
    assert START in page
    assert client.get(START).status_code == 200


def test_readers_see_no_start_link(client, member_client, methods):
    member_client(Role.ADVIESRAAD)
    page = client.get("/werkruimte/lindewaard/methoden/wereldcafe/").content.decode()
    assert werkvorm_for("wereldcafe").title in page
    assert START not in page


def test_a_method_without_a_werkvorm_offers_none(client, member_client, methods):
    MethodFactory(slug="klantreis", name="Klantreis")
    member_client(Role.MEDEWERKER)
    page = client.get("/werkruimte/lindewaard/methoden/klantreis/").content.decode()
    assert "/trajecten/werkvormen/" not in page
