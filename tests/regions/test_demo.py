import pytest
from django.core.management import call_command

from samenspraak.regions import innovation
from samenspraak.regions.models import RegionMembership, SharingLevel, TrajectSharing
from samenspraak.regions.roles import RegionRole


@pytest.mark.django_db
def test_demo_region_has_a_coordinator_and_a_shared_traject(client):
    call_command("load_demo")
    call_command("load_demo")
    membership = RegionMembership.objects.get(user__email="regio@waterland-zuid.example")
    assert (membership.region.slug, membership.role) == ("waterland-zuid", RegionRole.COORDINATOR)
    sharing = TrajectSharing.objects.get()
    assert (sharing.traject.municipality.slug, sharing.level) == (
        "lindewaard",
        SharingLevel.AGGREGATEN,
    )
    client.force_login(membership.user)
    page = client.get("/regio/waterland-zuid/").content.decode()
    assert sharing.traject.title in page
    innovations = client.get("/regio/waterland-zuid/innovatiespiraal/").content.decode()
    item = membership.region.innovations.get()
    assert item.title in innovations
    assert innovation.furthest_phase(item) == 4
    assert item.phases.get(phase=2).findings.count() == 1  # Lindewaard's shared finding
