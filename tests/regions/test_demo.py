import pytest
from django.core.management import call_command

from samenspraak.regions import innovation, mystery_compare, spiegel
from samenspraak.regions.models import RegionMembership, SharingLevel, TrajectSharing
from samenspraak.regions.roles import RegionRole


@pytest.mark.django_db
def test_demo_region_has_a_coordinator_and_a_shared_traject(client):
    call_command("load_demo")
    call_command("load_demo")
    membership = RegionMembership.objects.get(user__email="regio@waterland-zuid.example")
    assert (membership.region.slug, membership.role) == ("waterland-zuid", RegionRole.COORDINATOR)
    sharing = TrajectSharing.objects.get(traject__municipality__slug="lindewaard")
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
    moments = membership.region.network_analyses.values_list("moment", "previous__moment")
    assert sorted(moments, key=str) == [("Najaar 2026", "Voorjaar 2026"), ("Voorjaar 2026", None)]
    assert client.get("/regio/waterland-zuid/spiegel/ceo-wmo/").status_code == 200
    found = spiegel.comparison(membership.region, "ceo-wmo", anonymous=False)
    assert [str(c.label) for c in found.columns[:-1]] == ["Lindewaard", "Marenveld", "Oosterbeemd"]
    shown = [cell for cell in found.rows[0].cells.values() if cell.status == "shown"]
    assert len(shown) >= 3


@pytest.mark.django_db
def test_demo_region_ran_its_ceo_wmo_as_one_regional_traject(client):
    call_command("load_demo")
    call_command("load_demo")
    membership = RegionMembership.objects.get(user__email="regio@waterland-zuid.example")
    regional = membership.region.regional_trajects.get()
    assert sorted(regional.participations.values_list("municipality__slug", flat=True)) == [
        "lindewaard",
        "marenveld",
        "oosterbeemd",
    ]
    client.force_login(membership.user)
    narrowed = client.get("/regio/waterland-zuid/spiegel/ceo-wmo/", {"regionaal": regional.pk})
    assert len(narrowed.context["comparison"].columns) == 4  # three municipalities and the region


@pytest.mark.django_db
def test_demo_region_compares_mystery_guest_criteria(client):
    call_command("load_demo")
    call_command("load_demo")
    membership = RegionMembership.objects.get(user__email="regio@waterland-zuid.example")
    found = mystery_compare.comparison(membership.region, anonymous=False)
    assert len(found.columns) == 4  # three municipalities and the region
    statuses = {cell.status for row in found.rows for _column, cell in row.lines}
    assert "shown" in statuses and "hidden" in statuses  # Lindewaard's few visits stay hidden
    client.force_login(membership.user)
    assert client.get("/regio/waterland-zuid/mysteryguest/").status_code == 200
