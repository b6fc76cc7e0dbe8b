"""Evidence on a persona comes only from what the maker shares with the region: findings from
shared trajects, quotes only from trajects shared at the level quotes, and a quote is only
ever shown as its masked wording, never stored as a copy."""

from io import BytesIO

import pytest
from django.core.exceptions import ValidationError

from samenspraak.insights.findings import save_finding
from samenspraak.personas import selectors
from samenspraak.personas.models import Persona
from samenspraak.regions.models import SharingLevel
from tests.factories import ContributionFactory, TrajectFactory, TrajectSharingFactory
from tests.personas.factories import make_persona

pytestmark = pytest.mark.django_db

RAW = "Jan de Vries aan de Dorpsstraat 12 wachtte zes weken"
MASKED = "[naam] aan de [adres] wachtte zes weken"


@pytest.fixture
def traject(lindewaard):
    return TrajectFactory(municipality=lindewaard, title="Vindbare toegang")


@pytest.fixture
def quote(traject):
    return ContributionFactory(traject=traject, text=RAW, masked_text=MASKED, consent_public=True)


@pytest.fixture
def citaten(traject):
    return TrajectSharingFactory(traject=traject, level=SharingLevel.CITATEN)


def test_only_masked_consented_quotes_of_citaten_trajects_are_offered(
    region, traject, quote, citaten
):
    not_consented = ContributionFactory(traject=traject, consent_public=False)
    waiting = ContributionFactory(
        traject=traject, masked_text="", mask_state="wacht", consent_public=True
    )
    assert list(selectors.quote_choices(region)) == [quote]
    for refused in (not_consented, waiting):
        with pytest.raises(ValidationError) as error:
            make_persona(region, quotes=[refused])
        assert "quotes" in error.value.message_dict
    assert not Persona.objects.exists()


def test_aggregaten_offers_findings_but_no_quotes(region, traject, quote):
    TrajectSharingFactory(traject=traject, level=SharingLevel.AGGREGATEN)
    finding = save_finding(traject=traject, statement="Inwoners wachten lang op een gesprek.")
    assert list(selectors.quote_choices(region)) == []
    assert list(selectors.finding_choices(region)) == [finding]
    with pytest.raises(ValidationError):
        make_persona(region, quotes=[quote])
    persona = make_persona(region, findings=[finding])
    assert list(selectors.persona_findings(persona)) == [finding]


def test_nothing_of_an_unshared_traject(region, traject, quote):
    finding = save_finding(traject=traject, statement="Niet gedeeld.")
    with pytest.raises(ValidationError) as error:
        make_persona(region, findings=[finding])
    assert "findings" in error.value.message_dict


def test_a_municipality_uses_only_its_own_shared_evidence(
    region, oosterbeemd, lindewaard, quote, citaten
):
    with pytest.raises(ValidationError):
        make_persona(region, municipality=oosterbeemd, quotes=[quote])
    assert make_persona(region, municipality=lindewaard, quotes=[quote]).quotes.count() == 1


def test_the_page_and_the_card_show_the_masked_wording_only(client, region, reader, quote, citaten):
    from pypdf import PdfReader

    persona = make_persona(region, quotes=[quote])
    assert [q.text for q in selectors.persona_quotes(persona)] == [MASKED]
    client.force_login(reader.user)
    page = client.get(f"/regio/waterland-zuid/personas/{persona.pk}/").content.decode()
    assert MASKED in page and "Jan de Vries" not in page
    pdf = client.get(f"/regio/waterland-zuid/personas/{persona.pk}/kaart.pdf").content
    text = "".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages)
    assert "wachtte zes weken" in text and "Jan de Vries" not in text


def test_the_quote_is_a_reference_and_leaves_when_sharing_is_lowered(
    client, region, reader, quote, citaten
):
    persona = make_persona(region, quotes=[quote])
    stored = [
        str(value)
        for row in Persona.objects.filter(pk=persona.pk).values()
        for value in row.values()
    ]
    assert not any("wachtte zes weken" in value for value in stored)
    citaten.level = SharingLevel.AGGREGATEN
    citaten.save()
    assert selectors.persona_quotes(persona) == []
    client.force_login(reader.user)
    page = client.get(f"/regio/waterland-zuid/personas/{persona.pk}/").content.decode()
    assert MASKED not in page


def test_a_newer_mask_is_what_the_persona_shows(region, quote, citaten):
    persona = make_persona(region, quotes=[quote])
    quote.masked_text = "[naam] wachtte zes weken"
    quote.mask_state = "gecontroleerd"
    quote.save()
    assert [q.text for q in selectors.persona_quotes(persona)] == ["[naam] wachtte zes weken"]
