"""The region's public page gathers what member municipalities published, and nothing else:
no page of a municipality outside the region, no unpublished traject, no draft text."""

import xml.etree.ElementTree as ET

import pytest

from samenspraak.feedback import services
from samenspraak.insights.findings import save_finding
from tests.factories import MunicipalityFactory, RegionFactory, TrajectFactory, UserFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def region(municipality):
    region = RegionFactory(name="Regio Waterland-Zuid", slug="waterland-zuid")
    municipality.region = region
    municipality.save()
    return region


def publish_page(traject, intro="We vroegen hoe het ging."):
    save_finding(traject=traject, statement="Inwoners wachten lang.", figures="", quotes=[])
    services.save_page(traject=traject, intro=intro, take_part="")
    return services.publish(traject=traject, user=UserFactory())


def test_lists_each_member_with_its_newest_version_and_counts(
    client, region, publish, traject, action
):
    publish()
    publish(intro="Tweede versie.")
    neighbour = MunicipalityFactory(name="Oosterbeemd", slug="oosterbeemd", region=region)
    publish_page(TrajectFactory(municipality=neighbour, title="Wachttijden jeugdhulp"))

    page = client.get("/terugkoppeling/regio/waterland-zuid/")

    assert page.status_code == 200
    text = page.content.decode()
    assert text.index("Lindewaard") < text.index("Oosterbeemd")  # by name
    assert text.count("Vindbare toegang") == 1  # only the newest version
    assert f"/gemeente/lindewaard/terugkoppeling/{traject.pk}/" in text
    assert "Wachttijden jeugdhulp" in text
    lindewaard = page.context["municipalities"][0][1][0]
    assert lindewaard.publication.version == 2
    assert (lindewaard.findings, lindewaard.actions_running, lindewaard.actions_done) == (1, 1, 0)


def test_leaves_out_other_regions_and_unpublished_trajects(client, region, municipality):
    TrajectFactory(municipality=municipality, title="Nog niet gepubliceerd")
    elsewhere = MunicipalityFactory(name="Heuveldorp", slug="heuveldorp", region=RegionFactory())
    publish_page(TrajectFactory(municipality=elsewhere, title="Elders gepubliceerd"))

    text = client.get("/terugkoppeling/regio/waterland-zuid/").content.decode()

    assert "Nog niet gepubliceerd" not in text
    assert "Elders gepubliceerd" not in text
    assert "Heuveldorp" not in text
    assert "There is no news yet" in text or "Er is nog geen nieuws" in text


def test_an_unknown_region_does_not_exist(client):
    assert client.get("/terugkoppeling/regio/bestaat-niet/").status_code == 404
    assert client.get("/terugkoppeling/regio/bestaat-niet/nieuws.atom").status_code == 404


def test_region_feed_holds_every_members_versions_only(client, region, publish, traject):
    publish()
    elsewhere = MunicipalityFactory(slug="heuveldorp", region=RegionFactory())
    publish_page(TrajectFactory(municipality=elsewhere, title="Elders"))

    feed = ET.fromstring(  # noqa: S314 - our own feed, not untrusted input
        client.get("/terugkoppeling/regio/waterland-zuid/nieuws.atom").content
    )
    titles = [entry.find(f"{ATOM}title").text for entry in feed.findall(f"{ATOM}entry")]
    assert titles == ["Lindewaard: Vindbare toegang — versie 1"] or titles == [
        "Lindewaard: Vindbare toegang — version 1"
    ]
    rss = client.get("/terugkoppeling/regio/waterland-zuid/nieuws.rss")
    assert rss.status_code == 200 and b"Elders" not in rss.content


def test_municipality_page_links_to_its_region(client, region, municipality):
    text = client.get(f"/gemeente/{municipality.slug}/").content.decode()
    assert "/terugkoppeling/regio/waterland-zuid/" in text
