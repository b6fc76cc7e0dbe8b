"""Coding by hand: many at once from the pool, a fragment on one, each coder's own."""

import pytest
from django.core.exceptions import ValidationError

from samenspraak.insights import services
from samenspraak.insights.models import Coding
from samenspraak.organisations.roles import Role
from tests.factories import ContributionFactory, TrajectFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def traject(municipality):
    return TrajectFactory(municipality=municipality)


@pytest.fixture
def code(traject):
    book = services.start_codebook(traject=traject, from_template=True)
    return book.codes.get(name="Wachttijd")


def test_bulk_coding_from_the_pool(client, member_client, traject, code):
    first, second, _third = (ContributionFactory(traject=traject) for _ in range(3))
    membership = member_client(Role.MEDEWERKER)
    client.post(
        f"/werkruimte/lindewaard/trajecten/{traject.pk}/bewijs/coderen/",
        {"code": code.pk, "bijdrage": [first.pk, second.pk]},
    )
    coded = set(Coding.objects.filter(coder=membership.user).values_list("contribution", flat=True))
    assert coded == {first.pk, second.pk}


def test_fragment_must_occur_in_the_text(traject, code):
    contribution = ContributionFactory(traject=traject, text="Ik wachtte twee maanden.")
    user = UserFactory()
    services.apply_code(
        contributions=[contribution], code=code, coder=user, fragment="twee maanden"
    )
    coding = Coding.objects.get()
    assert (coding.fragment, coding.fragment_start) == ("twee maanden", 11)
    with pytest.raises(ValidationError) as error:
        services.apply_code(contributions=[contribution], code=code, coder=user, fragment="drie")
    assert "fragment" in error.value.message_dict


def test_code_from_another_traject_is_refused(municipality, code):
    elsewhere = ContributionFactory(traject=TrajectFactory(municipality=municipality))
    with pytest.raises(ValidationError):
        services.apply_code(contributions=[elsewhere], code=code, coder=UserFactory())
    assert not Coding.objects.exists()


def test_coders_keep_their_own_codes(traject, code):
    contribution = ContributionFactory(traject=traject)
    first, second = UserFactory(), UserFactory()
    services.apply_code(contributions=[contribution], code=code, coder=first)
    services.apply_code(contributions=[contribution], code=code, coder=second)
    assert Coding.objects.count() == 2
    coding = Coding.objects.get(coder=first)
    with pytest.raises(ValidationError):
        services.remove_coding(coding=coding, user=second)


def test_detail_page_codes_a_fragment_and_keeps_input_on_error(
    client, member_client, traject, code
):
    contribution = ContributionFactory(traject=traject, text="Ik wachtte twee maanden.")
    member_client(Role.MEDEWERKER)
    url = f"/werkruimte/lindewaard/bewijs/{contribution.pk}/"
    response = client.post(url, {"coderen-code": code.pk, "coderen-fragment": "drie weken"})
    assert response.status_code == 200
    assert "drie weken" in response.content.decode()
    assert not Coding.objects.exists()
    client.post(url, {"coderen-code": code.pk, "coderen-fragment": "twee maanden"})
    assert Coding.objects.get().fragment == "twee maanden"
