"""The region page shows what the region learns together: comparisons, the state of each
innovation, and the newest network picture — only the region's own, and only what is shared."""

import datetime

import pytest

from samenspraak.regions import innovation, network
from samenspraak.regions.models import NodeKind
from tests.factories import MunicipalityFactory
from tests.regions.paired_helpers import run_pair
from tests.regions.test_spiegel import run_ceo

pytestmark = pytest.mark.django_db


def test_shows_comparisons_innovation_phase_and_network(
    client, region_client, region, lindewaard, oosterbeemd
):
    run_ceo(lindewaard, ["5"] * 5)
    run_ceo(oosterbeemd, ["4"] * 5)
    run_pair(lindewaard, ["5"] * 5, ["4"] * 5)
    run_pair(oosterbeemd, ["2"] * 5, ["4"] * 5)
    membership = region_client(region)
    spiral = innovation.save_innovation(
        region=region, title="Eén loket voor jonge mantelzorgers", user=membership.user
    )
    for phase in (1, 2):
        innovation.record_phase(
            innovation=spiral,
            phase=phase,
            participants=["beleid"],
            user=membership.user,
            happened_on=datetime.date(2026, phase, 1),
            what_happened="Overleg.",
        )
    older = network.create_analysis(
        region=region, title="Netwerk toegang", moment="Voorjaar 2026", user=membership.user
    )
    newest = network.create_analysis(
        region=region,
        title="Netwerk toegang",
        moment="Najaar 2026",
        previous=older,
        user=membership.user,
    )
    network.add_node(analysis=newest, name="Wijkteam Noord", kind=NodeKind.TOEGANG)

    page = client.get(f"/regio/{region.slug}/")

    text = page.content.decode()
    assert f"/regio/{region.slug}/spiegel/ceo-wmo/" in text
    assert f"/regio/{region.slug}/spiegel-paren/toegangsspiegel/" in text
    assert "Eén loket voor jonge mantelzorgers" in text
    assert page.context["innovations"][0].phase.number == 2
    assert page.context["network"].analysis == newest
    assert "Wijkteam Noord" in text  # the picture and the facts of the newest analysis
    assert f"/regio/{region.slug}/netwerk/{newest.pk}/" in text
    assert "/terugkoppeling/regio/waterland-zuid/" in text


def test_leaves_out_other_regions_and_unshared_trajects(
    client, region_client, region, other_region, lindewaard
):
    run_ceo(lindewaard, ["5"] * 5)
    run_ceo(MunicipalityFactory(region=region), ["4"] * 5, level="niets")
    elsewhere = region_client(other_region, role="coordinator")
    innovation.save_innovation(region=other_region, title="Elders vernieuwd", user=elsewhere.user)
    network.create_analysis(
        region=other_region, title="Elders netwerk", moment="2026", user=elsewhere.user
    )
    region_client(region)

    page = client.get(f"/regio/{region.slug}/")

    text = page.content.decode()
    assert page.context["comparisons"] == []
    assert "Elders vernieuwd" not in text and "Elders netwerk" not in text
    assert page.context["network"] is None


def test_lists_shared_werkvorm_trajects(client, region_client, region, lindewaard):
    from samenspraak.trajects.models import Traject
    from tests.factories import TrajectSharingFactory

    shared = Traject.objects.create(
        municipality=lindewaard, title="Landkaart samenwerken", question="?", werkvorm="landkaart"
    )
    TrajectSharingFactory(traject=shared, level="aggregaten")
    Traject.objects.create(
        municipality=lindewaard,
        title="Niet gedeeld wereldcafé",
        question="?",
        werkvorm="wereldcafe",
    )
    region_client(region)

    text = client.get(f"/regio/{region.slug}/").content.decode()

    assert "Landkaart samenwerken" in text and f"/trajecten/{shared.pk}/" in text
    assert "Niet gedeeld wereldcafé" not in text


def test_lists_the_personas_the_viewer_may_see(client, region_client, region, lindewaard):
    from samenspraak.personas.models import Persona
    from tests.personas.factories import make_persona

    shared = make_persona(region, name="Marja, 78")
    make_persona(
        region, municipality=lindewaard, name="Concept Kees", status=Persona.Status.CONCEPT
    )
    region_client(region)  # a reader: shared persona's only

    text = client.get(f"/regio/{region.slug}/").content.decode()

    assert "Marja, 78" in text and f"/regio/{region.slug}/personas/{shared.pk}/" in text
    assert "Concept Kees" not in text
