"""The advisory council never sees unmasked text, not through any page of the pool."""

import pytest

from samenspraak.insights import services
from samenspraak.insights.models import MaskState
from samenspraak.organisations.roles import Role
from tests.factories import ContributionFactory, TrajectFactory, UserFactory

pytestmark = pytest.mark.django_db

RAW = "Henk de Boer van de Dorpsstraat 7 wacht al weken."
MASKED = "[naam] van de [adres] wacht al weken."


@pytest.fixture
def setup(municipality):
    traject = TrajectFactory(municipality=municipality)
    contribution = ContributionFactory(traject=traject, text=RAW, masked_text=MASKED)
    pending = ContributionFactory(
        traject=traject,
        text="Truus Smit belt morgen.",
        masked_text="",
        mask_state=MaskState.PENDING,
    )
    book = services.start_codebook(traject=traject, from_template=True)
    code = book.codes.get(name="Wachttijd")
    coders = [UserFactory(), UserFactory()]
    for coder in coders:
        services.apply_code(contributions=[contribution], code=code, coder=coder)
    other = book.codes.get(name="Bejegening")
    services.apply_code(contributions=[contribution], code=other, coder=coders[1])
    return traject, contribution, pending, coders


def pages(traject, contribution, coders):
    base = f"/werkruimte/lindewaard/trajecten/{traject.pk}/"
    return [
        "/werkruimte/lindewaard/bewijs/",
        "/werkruimte/lindewaard/bewijs/?q=Boer",
        base + "bewijs/",
        base + "bewijs/?q=wacht",
        f"/werkruimte/lindewaard/bewijs/{contribution.pk}/",
        base + f"codeboek/overeenstemming/?eerste={coders[0].pk}&tweede={coders[1].pk}",
    ]


def test_advisory_council_sees_only_masked_text(client, member_client, setup):
    traject, contribution, pending, coders = setup
    member_client(Role.ADVIESRAAD)
    for url in pages(traject, contribution, coders):
        response = client.get(url)
        assert response.status_code == 200, url
        page = response.content.decode()
        assert "Henk de Boer" not in page and "Dorpsstraat 7" not in page, url
        assert "Truus" not in page, url
    assert client.get(f"/werkruimte/lindewaard/bewijs/{pending.pk}/").status_code == 404
    found = client.get("/werkruimte/lindewaard/bewijs/?q=Boer").content.decode()
    assert 'class="ss-pool__item"' not in found


def test_advisory_council_cannot_code_or_correct_masks(client, member_client, setup):
    traject, contribution, _pending, _coders = setup
    member_client(Role.ADVIESRAAD)
    url = f"/werkruimte/lindewaard/bewijs/{contribution.pk}/"
    client.post(url, {"masker": "1", "masker-masked_text": "iets anders"})
    contribution.refresh_from_db()
    assert contribution.masked_text == MASKED
    assert client.post("/werkruimte/lindewaard/bewijs/maskeren/").status_code == 403
    assert (
        client.post(f"/werkruimte/lindewaard/trajecten/{traject.pk}/bewijs/coderen/").status_code
        == 403
    )


def test_analyst_corrects_a_mask(client, member_client, setup):
    _traject, contribution, _pending, _coders = setup
    contribution.mask_spans = [{"start": 0, "end": 11, "kind": "naam"}]
    contribution.save()
    member_client(Role.ANALIST)
    url = f"/werkruimte/lindewaard/bewijs/{contribution.pk}/"
    page = client.post(url, {"masker": "1", "masker-masked_text": "Henk de Boer wacht."})
    assert "Henk de Boer" in page.content.decode()  # error shown, input kept
    contribution.refresh_from_db()
    assert contribution.masked_text == MASKED
    client.post(url, {"masker": "1", "masker-masked_text": "Een inwoner wacht al weken."})
    contribution.refresh_from_db()
    assert (contribution.masked_text, contribution.mask_state) == (
        "Een inwoner wacht al weken.",
        MaskState.REVIEWED,
    )


def test_a_wrong_mask_shows_only_the_mask_forms_error(client, member_client, setup):
    _traject, contribution, _pending, _coders = setup
    member_client(Role.ANALIST)
    page = client.post(
        f"/werkruimte/lindewaard/bewijs/{contribution.pk}/",
        {"masker": "1", "masker-masked_text": ""},
    ).content.decode()
    assert page.count('class="utrecht-alert utrecht-alert--error ss-error-summary"') == 1
