"""What each sharing level lets the region see: nothing, aggregates, or masked consented quotes.

Every region URL is requested, so a page added later that leaks a quote fails here too."""

import pytest

from samenspraak.regions import selectors
from samenspraak.regions.models import SharingLevel
from samenspraak.regions.roles import RegionRole
from tests.factories import ContributionFactory, TrajectFactory, TrajectSharingFactory
from tests.organisations.test_tenant_isolation import SAMPLE_VALUES, region_urls

RAW = "Jan de Vries aan de Dorpsstraat 12 wachtte zes weken"
MASKED = "[naam] aan de [adres] wachtte zes weken"
NOT_CONSENTED = "Zonder toestemming gemaskeerd verhaal"
WAITING = "Nog niet gecontroleerd verhaal met toestemming"


@pytest.fixture
def traject(lindewaard):
    traject = TrajectFactory(municipality=lindewaard, title="Vindbare toegang")
    ContributionFactory(traject=traject, text=RAW, masked_text=MASKED, consent_public=True)
    ContributionFactory(traject=traject, text=NOT_CONSENTED, consent_public=False)
    ContributionFactory(
        traject=traject, text=WAITING, masked_text="", mask_state="wacht", consent_public=True
    )
    return traject


def every_region_page(client, traject) -> str:
    """The text of every region page the coordinator can GET, with the traject's pk filled in."""
    import re

    pages = []
    for _name, route in region_urls():
        if "<slug:gemeente>" in route:
            continue

        def replace(match, traject=traject):
            converter, name = match.group(1) or "str", match.group(2)
            if name == "regio":
                return "waterland-zuid"
            if name == "pk":
                return str(traject.pk)
            return SAMPLE_VALUES.get(converter, "iets")

        response = client.get("/" + re.sub(r"<(?:(\w+):)?(\w+)>", replace, route))
        if response.status_code == 200:
            pages.append(response.content.decode())
    return "\n".join(pages)


@pytest.mark.django_db
def test_a_traject_without_a_decision_or_with_niets_does_not_appear(
    client, region_client, region, traject
):
    other = TrajectFactory(municipality=traject.municipality, title="Niet gedeeld traject")
    TrajectSharingFactory(traject=other, level=SharingLevel.NIETS)
    assert list(selectors.shared_trajects(region)) == []
    region_client(region, RegionRole.COORDINATOR)
    page = client.get("/regio/waterland-zuid/").content.decode()
    assert "Vindbare toegang" not in page and "Niet gedeeld traject" not in page
    assert client.get(f"/regio/waterland-zuid/trajecten/{traject.pk}/").status_code == 404
    assert client.get(f"/regio/waterland-zuid/trajecten/{other.pk}/").status_code == 404


@pytest.mark.django_db
def test_aggregaten_shows_counts_and_never_a_quote(client, region_client, region, traject):
    TrajectSharingFactory(traject=traject, level=SharingLevel.AGGREGATEN)
    assert selectors.shared_quotes(traject) == []
    region_client(region, RegionRole.COORDINATOR)
    overview = client.get("/regio/waterland-zuid/").content.decode()
    assert "Vindbare toegang" in overview
    assert "3 bijdragen" in overview  # the lemniscaat counts
    pages = every_region_page(client, traject)
    for text in (RAW, MASKED, NOT_CONSENTED, WAITING, "[naam]", "Jan de Vries"):
        assert text not in pages


@pytest.mark.django_db
def test_citaten_shows_only_masked_consented_quotes(client, region_client, region, traject):
    TrajectSharingFactory(traject=traject, level=SharingLevel.CITATEN)
    assert [quote.text for quote in selectors.shared_quotes(traject)] == [MASKED]
    region_client(region, RegionRole.LEZER)
    pages = every_region_page(client, traject)
    assert MASKED in pages
    for text in (RAW, "Jan de Vries", NOT_CONSENTED, WAITING):
        assert text not in pages


@pytest.mark.django_db
def test_shared_trajects_filters_by_level(region, lindewaard, oosterbeemd):
    aggregates = TrajectSharingFactory(
        traject=TrajectFactory(municipality=lindewaard), level=SharingLevel.AGGREGATEN
    ).traject
    quotes = TrajectSharingFactory(
        traject=TrajectFactory(municipality=oosterbeemd), level=SharingLevel.CITATEN
    ).traject
    assert set(selectors.shared_trajects(region)) == {aggregates, quotes}
    assert list(selectors.shared_trajects(region, level=SharingLevel.CITATEN)) == [quotes]
    with pytest.raises(ValueError):
        selectors.shared_trajects(region, level=SharingLevel.NIETS)


@pytest.mark.django_db
def test_lowering_the_level_stops_the_quotes_at_once(traject):
    sharing = TrajectSharingFactory(traject=traject, level=SharingLevel.CITATEN)
    assert selectors.shared_quotes(traject)
    sharing.level = SharingLevel.AGGREGATEN
    sharing.save()
    assert selectors.shared_quotes(traject) == []
