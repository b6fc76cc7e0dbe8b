"""The demo region's three municipalities compare their klantreizen, and each gets stuck
somewhere else."""

from importlib import import_module

import pytest

from samenspraak.journeys.models import Journey
from samenspraak.organisations.models import Region
from samenspraak.regions import journey_compare

DEMO = ("organisations", "methods", "responses", "journeys", "regions")


@pytest.mark.django_db
def test_demo_municipalities_get_stuck_in_different_phases(client):
    # The demo modules this comparison needs, in load_demo's order (the rest only adds time).
    for _run in range(2):  # idempotent: no second set of klantreizen
        for name in DEMO:
            import_module(f"samenspraak.{name}.demo").load()
    region = Region.objects.get(slug="waterland-zuid")
    assert Journey.objects.filter(municipality__region=region).count() == 3
    found = journey_compare.comparison(region, anonymous=False)
    labels = [str(c.label) for c in found.columns[:-1]]
    assert labels == ["Lindewaard", "Marenveld", "Oosterbeemd"]
    stuck = {str(s.column.label): s.stuck.key for s in found.summaries if s.stuck}
    assert stuck == {
        "Lindewaard": "besluit",
        "Oosterbeemd": "wachten",
        "Marenveld": "zoeken",
        str(found.columns[-1].label): "zoeken",  # a phase of one route is not the region's
    }
    shown = [c for c in found.cells.values() if c.status == "shown"]
    assert len(shown) >= 20
    wachten = {
        str(c.label): found.cells[(i, "wachten")].status for i, c in enumerate(found.columns)
    }
    assert wachten["Lindewaard"] == wachten["Marenveld"] == "not_in_route"
    client.force_login(region.memberships.get().user)
    assert client.get("/regio/waterland-zuid/klantreizen/").status_code == 200
