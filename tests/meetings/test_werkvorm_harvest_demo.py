"""The demo landkaart: Oosterbeemd's werkvorm traject, positions of the three demo
municipalities, shared with the region, and loading twice changes nothing."""

import pytest

from samenspraak.meetings import demo
from samenspraak.meetings.models import HarvestItem
from samenspraak.methods.services import sync_catalogue
from samenspraak.organisations import demo as organisations_demo
from samenspraak.regions.models import SharingLevel
from samenspraak.trajects.models import Traject
from samenspraak.trajects.selectors import werkvorm_trajects_for_region


@pytest.mark.django_db
def test_demo_landkaart_is_shared_and_idempotent():
    organisations_demo.load()
    sync_catalogue()
    demo._landkaart()
    demo._landkaart()
    traject = Traject.objects.get(werkvorm="landkaart")
    assert traject.municipality.slug == "oosterbeemd"
    assert traject.sharing.level == SharingLevel.AGGREGATEN
    session = traject.meeting_sessions.get()
    assert not session.is_planned
    items = HarvestItem.objects.filter(session=session)
    assert items.count() == len(demo.POSITIONS)
    assert {i.details["gemeente"] for i in items} == {"Lindewaard", "Oosterbeemd", "Marenveld"}
    assert traject.plan.items.count() == 4
    listed = werkvorm_trajects_for_region(traject.municipality.region)
    assert [(t.title, t.werkvorm) for t in listed] == [(demo.LANDKAART_TITLE, "landkaart")]


@pytest.mark.django_db
def test_demo_kunst_has_works_with_pictures_and_is_idempotent(settings, tmp_path):
    settings.PRIVATE_ROOT = tmp_path
    organisations_demo.load()
    sync_catalogue()
    demo._kunst()
    demo._kunst()
    traject = Traject.objects.get(werkvorm="kunst-en-cultuur")
    assert traject.municipality.slug == "marenveld"
    assert traject.sharing.level == SharingLevel.AGGREGATEN
    items = HarvestItem.objects.filter(session__traject=traject).select_related("photo")
    assert [i.details["werk"] for i in items] == [work[0] for work in demo.WORKS]
    photos = [i.photo for i in items if hasattr(i, "photo")]
    assert [p.description for p in photos] == [w[4] for w in demo.WORKS if w[4]]
    assert all(p.image.path.startswith(str(tmp_path)) for p in photos)
    assert len(list(tmp_path.rglob("*.jpg"))) == 2
