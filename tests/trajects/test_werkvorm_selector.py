"""The regional overview lists werkvorm trajects only when they are shared with the region."""

import pytest

from samenspraak.regions.models import SharingLevel
from samenspraak.trajects.selectors import werkvorm_trajects_for_region
from tests.factories import (
    MunicipalityFactory,
    RegionFactory,
    TrajectFactory,
    TrajectSharingFactory,
)


@pytest.fixture
def region(db):
    return RegionFactory(slug="waterland-zuid")


@pytest.mark.django_db
def test_only_shared_werkvorm_trajects_of_the_region(region):
    lindewaard = MunicipalityFactory(name="Lindewaard", region=region)
    marenveld = MunicipalityFactory(name="Marenveld", region=region)
    elsewhere = MunicipalityFactory(name="Buitenbeemd")
    kaart = TrajectFactory(municipality=lindewaard, title="Kaart", werkvorm="landkaart")
    TrajectSharingFactory(traject=kaart, level=SharingLevel.AGGREGATEN)
    cafe = TrajectFactory(municipality=marenveld, title="Café", werkvorm="wereldcafe")
    TrajectSharingFactory(traject=cafe, level=SharingLevel.CITATEN)
    hidden = TrajectFactory(municipality=marenveld, title="Bezoek", werkvorm="werkbezoek")
    TrajectSharingFactory(traject=hidden, level=SharingLevel.NIETS)
    TrajectFactory(municipality=lindewaard, title="Week", werkvorm="de-week-van")  # no sharing row
    plain = TrajectFactory(municipality=lindewaard, title="Gewoon traject")
    TrajectSharingFactory(traject=plain, level=SharingLevel.AGGREGATEN)
    other = TrajectFactory(municipality=elsewhere, title="Ver weg", werkvorm="landkaart")
    TrajectSharingFactory(traject=other, level=SharingLevel.AGGREGATEN)

    found = werkvorm_trajects_for_region(region)

    assert [(t.municipality, t.title, t.werkvorm) for t in found] == [
        ("Lindewaard", "Kaart", "landkaart"),
        ("Marenveld", "Café", "wereldcafe"),
    ]
    assert found[0].werkvorm_label == "Landkaart Verder in samenwerken"
    assert found[1].status == "voorbereiding" and found[1].status_label
    assert not hasattr(found[0], "question")


@pytest.mark.django_db
def test_stopping_to_share_removes_it(region):
    kaart = TrajectFactory(municipality=MunicipalityFactory(region=region), werkvorm="landkaart")
    sharing = TrajectSharingFactory(traject=kaart, level=SharingLevel.AGGREGATEN)
    assert len(werkvorm_trajects_for_region(region)) == 1
    sharing.level = SharingLevel.NIETS
    sharing.save()
    assert werkvorm_trajects_for_region(region) == []
