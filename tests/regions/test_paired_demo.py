"""The demo Toegangsspiegel: three municipalities, both lists in their shared traject, loaded
twice without doubling, and the gap the demo is meant to show."""

import pytest

from samenspraak.instruments.models import Instrument
from samenspraak.regions import paired, paired_demo
from samenspraak.responses.demo import TRAJECT_TITLE
from samenspraak.responses.models import Response
from tests.factories import MunicipalityFactory, TrajectFactory, TrajectSharingFactory
from tests.regions.paired_helpers import region_line

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_region(region, lindewaard, oosterbeemd):
    marenveld = MunicipalityFactory(name="Marenveld", slug="marenveld", region=region)
    for municipality, title in (
        (lindewaard, TRAJECT_TITLE),
        (oosterbeemd, "Cliëntervaring Wmo 2026"),
        (marenveld, "Cliëntervaring Wmo 2026"),
    ):
        TrajectSharingFactory(traject=TrajectFactory(municipality=municipality, title=title))
    return region


def test_demo_is_idempotent_and_shows_professionals_more_positive(demo_region):
    paired_demo.load(demo_region, None)
    counts = (Instrument.objects.count(), Response.objects.count())
    paired_demo.load(demo_region, None)
    assert (Instrument.objects.count(), Response.objects.count()) == counts
    assert counts[0] == 6
    found = paired.comparison(demo_region, "toegangsspiegel", anonymous=False)
    assert [str(c.label) for c in found.columns[:-1]] == ["Lindewaard", "Marenveld", "Oosterbeemd"]
    line = region_line(found, "weet_waar")
    assert all(cell.status == "shown" for cell in line.cells)
    assert line.gaps[0].value >= paired.GAP_THRESHOLD and line.gaps[0].large
    listened = region_line(found, "gehoord")
    assert not listened.gaps[0].large  # on being listened to the groups are close
