"""Assisted coding: suggestions from a coder's own examples, never applied without a person."""

import pytest
from django.core.exceptions import ValidationError

from samenspraak.insights import services
from samenspraak.insights.models import CodeSuggestion, Coding
from samenspraak.organisations.roles import Role
from tests.factories import ContributionFactory, TrajectFactory, UserFactory

pytestmark = pytest.mark.django_db

WAIT = [
    "Ik wacht al maanden op een besluit.",
    "Het duurde acht weken voordat iemand kwam.",
    "De wachtlijst is veel te lang.",
    "Pas na drie maanden begon de hulp.",
    "Nog steeds niets gehoord na zes weken.",
]
MONEY = [
    "De eigen bijdrage is te hoog.",
    "Ik kan de rekening van het CAK niet betalen.",
    "De hulp kost me te veel geld.",
    "Ik moest zelf bijbetalen voor de traplift.",
    "Door de kosten zeg ik de hulp op.",
]


@pytest.fixture
def setup(municipality):
    traject = TrajectFactory(municipality=municipality)
    book = services.start_codebook(traject=traject, from_template=False)
    wait = services.save_code(codebook=book, name="Wachttijd")
    money = services.save_code(codebook=book, name="Kosten")
    coder = UserFactory()
    for text in WAIT[:3]:
        services.apply_code(
            contributions=[ContributionFactory(traject=traject, text=text)], code=wait, coder=coder
        )
    for text in MONEY[:3]:
        services.apply_code(
            contributions=[ContributionFactory(traject=traject, text=text)], code=money, coder=coder
        )
    rest = [ContributionFactory(traject=traject, text=t) for t in WAIT[3:] + MONEY[3:]]
    return traject, wait, money, coder, rest


def test_suggestions_are_made_but_not_applied(setup):
    traject, wait, money, coder, rest = setup
    made = services.suggest_codes(traject=traject, coder=coder)
    assert made == 4
    assert Coding.objects.count() == 6  # only the coder's own examples
    suggested = {s.contribution_id: s.code for s in CodeSuggestion.objects.all()}
    assert suggested == {rest[0].pk: wait, rest[1].pk: wait, rest[2].pk: money, rest[3].pk: money}
    suggestion = CodeSuggestion.objects.first()
    assert 0 < suggestion.confidence <= 1
    assert suggestion.words


def test_accepting_codes_and_rejecting_is_remembered(setup):
    traject, wait, _money, coder, rest = setup
    services.suggest_codes(traject=traject, coder=coder)
    first = CodeSuggestion.objects.get(contribution=rest[0])
    second = CodeSuggestion.objects.get(contribution=rest[2])
    services.decide_suggestions(suggestions=[first], accept=True, coder=coder)
    services.decide_suggestions(suggestions=[second], accept=False, coder=coder)
    assert Coding.objects.filter(contribution=rest[0], code=wait, source="suggestie").exists()
    assert not Coding.objects.filter(contribution=rest[2]).exists()
    services.suggest_codes(traject=traject, coder=coder)
    # The rejected one is not suggested again; the accepted one is coded now.
    open_ones = set(
        CodeSuggestion.objects.filter(status="open").values_list("contribution", flat=True)
    )
    assert open_ones == {rest[1].pk, rest[3].pk}


def test_another_coders_suggestions_cannot_be_decided(setup):
    traject, _wait, _money, coder, _rest = setup
    services.suggest_codes(traject=traject, coder=coder)
    count = services.decide_suggestions(
        suggestions=CodeSuggestion.objects.all(), accept=True, coder=UserFactory()
    )
    assert count == 0
    assert Coding.objects.count() == 6


def test_too_few_examples_is_a_clear_error(municipality):
    traject = TrajectFactory(municipality=municipality)
    book = services.start_codebook(traject=traject, from_template=False)
    code = services.save_code(codebook=book, name="Wachttijd")
    coder = UserFactory()
    services.apply_code(
        contributions=[ContributionFactory(traject=traject)], code=code, coder=coder
    )
    with pytest.raises(ValidationError):
        services.suggest_codes(traject=traject, coder=coder)


def test_bulk_accept_above_a_confidence(client, member_client, setup):
    traject, wait, money, _coder, _rest = setup
    membership = member_client(Role.MEDEWERKER)
    for code, texts in ((wait, WAIT[:3]), (money, MONEY[:3])):
        for text in texts:
            services.apply_code(
                contributions=[ContributionFactory(traject=traject, text=text)],
                code=code,
                coder=membership.user,
            )
    base = f"/werkruimte/lindewaard/trajecten/{traject.pk}/codeboek/suggesties/"
    client.post(base + "maken/")
    mine = CodeSuggestion.objects.filter(coder=membership.user)
    assert mine.exists()
    high = mine.filter(confidence__gte=0.6).count()
    client.post(base + "beslissen/", {"actie": "boven", "drempel": "0.6"})
    assert mine.filter(status="aanvaard").count() == high
    assert (
        mine.filter(status="open", confidence__lt=0.6).count()
        == mine.filter(confidence__lt=0.6).count()
    )
    assert client.get(base).status_code == 200
