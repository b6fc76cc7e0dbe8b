"""The evidence pool: filters, Dutch search, and who reads which wording."""

import datetime

import pytest

from samenspraak.insights import selectors
from samenspraak.insights.models import Contribution, MaskState
from samenspraak.organisations.roles import Role
from tests.factories import ContributionFactory, TrajectFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def traject(municipality):
    return TrajectFactory(municipality=municipality, title="Toegang Wmo")


def make(traject, text, **kwargs):
    return ContributionFactory(traject=traject, text=text, masked_text=text, **kwargs)


def texts(queryset):
    return sorted(c.text for c in queryset)


def test_search_finds_word_forms_and_ignores_accents(traject):
    make(traject, "De wachttijden bij het loket zijn veel te lang.")
    make(traject, "Ik heb een cliëntondersteuner gevonden via de bibliotheek.")
    make(traject, "De consulent was vriendelijk.")
    pool = lambda q: texts(  # noqa: E731
        selectors.evidence(traject.municipality, traject=traject, raw=True, filters={"q": q})
    )
    assert pool("wachttijd") == ["De wachttijden bij het loket zijn veel te lang."]
    assert pool("clientondersteuner") == [
        "Ik heb een cliëntondersteuner gevonden via de bibliotheek."
    ]
    assert pool("wachten") == ["De wachttijden bij het loket zijn veel te lang."]  # compound part
    assert pool("vriendelijk consulent") == ["De consulent was vriendelijk."]
    assert pool("vriendelijk loket") == []


def test_search_uses_the_masked_text_once_masked(traject):
    contribution = ContributionFactory(
        traject=traject, text="Piet Jansen belde", masked_text="", mask_state=MaskState.PENDING
    )
    contribution.masked_text, contribution.mask_state = "[naam] belde", MaskState.AUTOMATIC
    contribution.save()
    found = selectors.evidence(
        traject.municipality, traject=traject, raw=False, filters={"q": "Jansen"}
    )
    assert not found.exists()
    assert selectors.evidence(
        traject.municipality, traject=traject, raw=False, filters={"q": "belde"}
    ).exists()


def test_filters_combine(traject):
    make(traject, "a", channel="online", respondent_group="cliënt", score=-2, phase="Melding")
    make(traject, "b", channel="papier", respondent_group="cliënt", score=1, phase="Melding")
    make(
        traject,
        "c",
        channel="online",
        respondent_group="mantelzorger",
        consent_public=True,
        created_on=datetime.date(2024, 1, 5),
    )
    pool = lambda **f: texts(  # noqa: E731
        selectors.evidence(traject.municipality, traject=traject, raw=True, filters=f)
    )
    assert pool(channel="online") == ["a", "c"]
    assert pool(channel="online", respondent_group="cliënt") == ["a"]
    assert pool(score=-2) == ["a"]
    assert pool(phase="Melding") == ["a", "b"]
    assert pool(consent=True) == ["c"]
    assert pool(date_to=datetime.date(2024, 12, 31)) == ["c"]
    assert pool(source_type="verhaal") == []


def test_pending_texts_are_hidden_from_who_may_not_read_raw(traject):
    ContributionFactory(traject=traject, mask_state=MaskState.PENDING, masked_text="")
    assert selectors.evidence(traject.municipality, raw=True).count() == 1
    assert selectors.evidence(traject.municipality, raw=False).count() == 0


def test_pool_page_shows_masked_text_to_the_advisory_council(client, member_client, traject):
    ContributionFactory(
        traject=traject,
        text="Mevrouw Bakker belde drie keer.",
        masked_text="Mevrouw [naam] belde drie keer.",
    )
    member_client(Role.ADVIESRAAD)
    page = client.get(f"/werkruimte/lindewaard/trajecten/{traject.pk}/bewijs/").content.decode()
    assert "Mevrouw [naam] belde drie keer." in page
    assert "Bakker" not in page


def test_pool_page_shows_raw_text_to_the_analyst(client, member_client, traject):
    ContributionFactory(
        traject=traject,
        text="Mevrouw Bakker belde drie keer.",
        masked_text="Mevrouw [naam] belde drie keer.",
    )
    member_client(Role.ANALIST)
    page = client.get(f"/werkruimte/lindewaard/trajecten/{traject.pk}/bewijs/").content.decode()
    assert "Mevrouw Bakker belde drie keer." in page


def test_pool_is_paginated(client, member_client, traject):
    Contribution.objects.bulk_create(
        Contribution(
            municipality=traject.municipality,
            traject=traject,
            source_type="open_antwoord",
            text=f"tekst {n}",
            masked_text=f"tekst {n}",
            mask_state=MaskState.AUTOMATIC,
            created_on=datetime.date.today(),
        )
        for n in range(60)
    )
    member_client(Role.ANALIST)
    url = f"/werkruimte/lindewaard/trajecten/{traject.pk}/bewijs/?channel=&pagina=2"
    page = client.get(url).content.decode()
    assert page.count('class="ss-pool__item"') == 10
    assert "pagina=1" in page


def test_a_bad_filter_value_is_explained_and_the_rest_still_applies(client, member_client, traject):
    make(traject, "De wachtlijst is lang.")
    make(traject, "De consulent was aardig.")
    member_client(Role.ANALIST)
    response = client.get(
        f"/werkruimte/lindewaard/trajecten/{traject.pk}/bewijs/?q=wachtlijst&date_from=gisteren"
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Voer een geldige datum in." in page  # the bad date is explained
    assert "De wachtlijst is lang." in page
    assert "De consulent was aardig." not in page
