"""Who may do what in the network analysis, and what the pages show: the picture with its table
equivalent, the measures and the comparison."""

import pytest

from samenspraak.organisations.roles import Role
from samenspraak.regions import network
from samenspraak.regions.models import NetworkAnalysis, NetworkNode
from samenspraak.regions.network import LinkAnswer
from samenspraak.regions.roles import RegionRole
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def spring(region):
    analysis = network.create_analysis(
        region=region, title="Cliëntondersteuning", moment="Voorjaar 2026", user=None
    )
    names = [("Wmo-loket", "toegang"), ("Welzijn Samen", "welzijn"), ("Huisartsen", "anders")]
    nodes = [network.add_node(analysis=analysis, name=n, kind=k) for n, k in names]
    network.save_answers(
        analysis=analysis,
        user=UserFactory(),
        answers=[LinkAnswer(nodes[0], nodes[1], "doorverwijzen", 1, True)],
    )
    return analysis


def test_a_reader_reads_results_and_fills_in_but_does_not_manage(
    client, region, region_client, spring
):
    region_client(region, RegionRole.LEZER)
    base = f"/regio/{region.slug}/netwerk/"
    assert client.get(base).status_code == 200
    assert client.get(f"{base}{spring.pk}/").status_code == 200
    assert client.get(f"{base}{spring.pk}/vragenlijst/").status_code == 200
    assert client.get(f"{base}{spring.pk}/organisaties/").status_code == 403
    assert client.post(f"{base}nieuw/", {"title": "X", "moment": "Y"}).status_code == 403
    node = spring.nodes.first()
    assert client.post(f"{base}{spring.pk}/organisaties/{node.pk}/verwijderen/").status_code == 403
    assert NetworkAnalysis.objects.count() == 1 and spring.nodes.count() == 3


def test_municipality_staff_who_read_results_may_fill_in(
    client, region, lindewaard, staff_client, spring
):
    staff_client(lindewaard, Role.MEDEWERKER)
    url = f"/regio/{region.slug}/netwerk/{spring.pk}/vragenlijst/"
    assert client.get(url).status_code == 200


def test_a_coordinator_starts_an_analysis_and_manages_its_organisations(
    client, region, region_client, spring
):
    region_client(region, RegionRole.COORDINATOR)
    base = f"/regio/{region.slug}/netwerk/"
    assert 'id="nieuw"' in client.get(base).content.decode()
    response = client.post(
        f"{base}nieuw/",
        {"title": "Cliëntondersteuning", "moment": "Najaar 2026", "previous": spring.pk},
    )
    autumn = NetworkAnalysis.objects.get(moment="Najaar 2026")
    assert response.url == f"{base}{autumn.pk}/organisaties/"
    assert autumn.previous == spring and autumn.nodes.count() == 3
    response = client.post(
        f"{base}{autumn.pk}/organisaties/", {"name": "Schuldhulp", "kind": "anders"}
    )
    assert response.status_code == 302
    response = client.post(
        f"{base}{autumn.pk}/organisaties/", {"name": "schuldhulp", "kind": "anders"}
    )
    assert response.status_code == 200 and response.context["form"].errors  # already there
    node = autumn.nodes.get(name="Huisartsen")
    client.post(f"{base}{autumn.pk}/organisaties/{node.pk}/verwijderen/")
    assert not NetworkNode.objects.filter(pk=node.pk).exists()
    assert spring.nodes.filter(name="Huisartsen").exists()  # the earlier moment keeps it
    response = client.post(f"{base}nieuw/", {"title": "", "moment": ""})
    assert response.status_code == 200 and set(response.context["form"].errors) == {
        "title",
        "moment",
    }


def test_another_regions_analysis_is_not_found(client, region, other_region, region_client):
    elsewhere = network.create_analysis(
        region=other_region, title="Netwerk", moment="Voorjaar", user=None
    )
    region_client(region, RegionRole.COORDINATOR)
    base = f"/regio/{region.slug}/netwerk/{elsewhere.pk}/"
    for path in ("", "vragenlijst/", "organisaties/"):
        assert client.get(base + path).status_code == 404
    assert client.post(base + "vragenlijst/", {}).status_code == 404


def test_the_results_page_has_a_picture_and_the_same_in_tables(
    client, region, region_client, spring
):
    region_client(region)
    page = client.get(f"/regio/{region.slug}/netwerk/{spring.pk}/").content.decode()
    assert '<div class="ss-network" aria-hidden="true">' in page
    assert page.count("<circle ") == 3 and page.count("<line ") == 1
    assert "ss-network__line--stronger" in page
    tables = page.split('<h2 class="utrecht-heading-2" id="organisaties">')[1]
    assert tables.count('class="ss-table-wrap"') == 2
    for name in ("Wmo-loket", "Welzijn Samen", "Huisartsen"):
        assert f'scope="row">{name}' in tables
    assert "Wmo-loket — Welzijn Samen" in tables or "Welzijn Samen — Wmo-loket" in tables


def test_the_results_page_compares_with_the_previous_moment(client, region, region_client, spring):
    autumn = network.create_analysis(
        region=region, title="Cliëntondersteuning", moment="Najaar 2026", previous=spring, user=None
    )
    nodes = {node.name: node for node in autumn.nodes.all()}
    network.save_answers(
        analysis=autumn,
        user=UserFactory(),
        answers=[LinkAnswer(nodes["Huisartsen"], nodes["Wmo-loket"], "informeren", 2)],
    )
    region_client(region)
    response = client.get(f"/regio/{region.slug}/netwerk/{autumn.pk}/")
    comparison = response.context["comparison"]
    assert comparison.links_added == [("Huisartsen", "Wmo-loket")]
    assert comparison.links_gone == [("Welzijn Samen", "Wmo-loket")]
    assert 'id="vergelijking"' in response.content.decode()
