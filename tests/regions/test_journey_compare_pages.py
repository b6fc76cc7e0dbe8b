"""Who may open the klantreis comparison and its exports: only people with access to that
region, and what they see follows the region's choice of names or letters."""

import pytest

from samenspraak.organisations.roles import Role
from samenspraak.regions.roles import RegionRole
from tests.regions.test_journey_compare import LINDEWAARD, OOSTERBEEMD, run_journey

pytestmark = pytest.mark.django_db

PATHS = ("klantreizen/", "klantreizen/vergelijking.csv", "klantreizen/vergelijking.xlsx")


@pytest.fixture
def compared(region, lindewaard, oosterbeemd):
    run_journey(lindewaard, LINDEWAARD)
    run_journey(oosterbeemd, OOSTERBEEMD)


def test_a_reader_of_the_region_sees_the_comparison(client, region_client, region, compared):
    region_client(region, RegionRole.LEZER)
    for path in PATHS:
        assert client.get(f"/regio/{region.slug}/{path}").status_code == 200, path
    page = client.get(f"/regio/{region.slug}/klantreizen/").content.decode()
    # A reader belongs to no municipality: anonymously every municipality is a letter.
    assert "Lindewaard" not in page and "Oosterbeemd" not in page
    assert 'aria-hidden="true"' in page and "<table" in page


def test_another_region_and_anonymous_visitors_are_refused(
    client, region_client, region, other_region, compared
):
    for path in PATHS:
        response = client.get(f"/regio/{region.slug}/{path}")
        assert response.status_code == 302 and "inloggen" in response["Location"], path
    region_client(other_region, RegionRole.COORDINATOR)
    for path in PATHS:
        assert client.get(f"/regio/{region.slug}/{path}").status_code == 404, path
    # In its own region there is nothing to compare.
    response = client.get(f"/regio/{other_region.slug}/klantreizen/")
    assert response.status_code == 200 and response.context["comparison"] is None
    assert client.get(f"/regio/{other_region.slug}/klantreizen/vergelijking.csv").status_code == 404


def test_staff_without_results_access_cannot_enter(client, staff_client, region, compared):
    lindewaard = region.municipalities.get(slug="lindewaard")
    staff_client(lindewaard, Role.VRIJWILLIGER)
    assert client.get(f"/regio/{region.slug}/klantreizen/").status_code == 404


def test_names_follow_the_region_choice(client, staff_client, region, compared):
    lindewaard = region.municipalities.get(slug="lindewaard")
    staff_client(lindewaard, Role.ANALIST)
    page = client.get(f"/regio/{region.slug}/klantreizen/").content.decode()
    assert "Lindewaard" in page and "Oosterbeemd" not in page
    region.compare_anonymously = False
    region.save()
    page = client.get(f"/regio/{region.slug}/klantreizen/").content.decode()
    assert "Lindewaard" in page and "Oosterbeemd" in page
