"""Cohen's kappa between two coders, against hand-computed values, and the lead's merge."""

import pytest

from samenspraak.insights import services
from samenspraak.insights.agreement import cohen_kappa, compare
from samenspraak.insights.models import Coding
from samenspraak.organisations.roles import Role
from tests.factories import ContributionFactory, TrajectFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_kappa_textbook_case():
    # 50 units: both yes 20, only A 5, only B 10, both no 15.
    # pₒ = 35/50 = 0.7; pₑ = 0.5·0.6 + 0.5·0.4 = 0.5; κ = 0.2 / 0.5 = 0.4
    first = [True] * 25 + [False] * 25
    second = [True] * 20 + [False] * 5 + [True] * 10 + [False] * 15
    assert cohen_kappa(first, second) == pytest.approx(0.4)


def test_kappa_perfect_and_undefined():
    assert cohen_kappa([True, False, True], [True, False, True]) == pytest.approx(1.0)
    assert cohen_kappa([True, True], [True, True]) is None  # chance agreement is total
    assert cohen_kappa([], []) is None


@pytest.fixture
def setup(municipality):
    traject = TrajectFactory(municipality=municipality)
    book = services.start_codebook(traject=traject, from_template=False)
    wait = services.save_code(codebook=book, name="Wachttijd")
    phone = services.save_code(codebook=book, name="Telefoon")
    other = services.save_code(codebook=book, name="Overig")
    units = [ContributionFactory(traject=traject) for _ in range(10)]
    first, second = UserFactory(), UserFactory()
    # Wachttijd: first on units 0-4, second on 0-3 and 5 → pₒ 0.8, pₑ 0.5, κ 0.6.
    for i in range(5):
        services.apply_code(contributions=[units[i]], code=wait, coder=first)
    for i in (0, 1, 2, 3, 5):
        services.apply_code(contributions=[units[i]], code=wait, coder=second)
    # Telefoon on the other five units by both: every unit is coded by both coders.
    for i in range(5, 10):
        services.apply_code(contributions=[units[i]], code=phone, coder=first)
        services.apply_code(contributions=[units[i]], code=phone, coder=second)
    # The second coder saw unit 4 as something else entirely.
    services.apply_code(contributions=[units[4]], code=other, coder=second)
    # A unit only the first coder looked at does not count.
    services.apply_code(
        contributions=[ContributionFactory(traject=traject)], code=wait, coder=first
    )
    return traject, wait, phone, units, first, second


def test_compare_per_code_and_overall(setup):
    traject, _wait, _phone, units, first, second = setup
    result = compare(traject, first, second)
    assert result.units == 10
    by_code = {row.code.name: row for row in result.per_code}
    assert by_code["Wachttijd"].kappa == pytest.approx(0.6)
    assert (by_code["Wachttijd"].both, by_code["Wachttijd"].only_first) == (4, 1)
    assert by_code["Telefoon"].kappa == pytest.approx(1.0)
    # Overig: pₒ = 0.9, yes-rates 0 and 0.1 → pₑ = 0.9, κ = 0.
    assert by_code["Overig"].kappa == pytest.approx(0.0)
    # Pooled over 30 decisions: 27 agree; yes-rates 10/30 and 11/30
    # → pₑ = 49/90, κ = (81/90 − 49/90) / (41/90) = 32/41.
    assert result.overall == pytest.approx(32 / 41)
    assert {(unit, code.name, given) for unit, code, given in result.disagreements} == {
        (units[4].pk, "Wachttijd", True),
        (units[4].pk, "Overig", False),
        (units[5].pk, "Wachttijd", False),
    }


def test_merge_keeps_agreement_and_the_leads_choices(setup):
    traject, wait, _phone, units, first, second = setup
    count = services.merge_coders(
        traject=traject, first=first, second=second, keep={(units[4].pk, wait.pk)}
    )
    merged = set(Coding.objects.filter(coder__isnull=True).values_list("contribution", "code"))
    assert count == len(merged) == 4 + 5 + 1
    assert (units[4].pk, wait.pk) in merged
    assert (units[5].pk, wait.pk) not in merged
    # Doing it again with another choice replaces the agreed set.
    services.merge_coders(traject=traject, first=first, second=second, keep=set())
    assert Coding.objects.filter(coder__isnull=True).count() == 9


def test_agreement_page(client, member_client, setup):
    traject, wait, _phone, units, first, second = setup
    member_client(Role.ANALIST)
    url = f"/werkruimte/lindewaard/trajecten/{traject.pk}/codeboek/overeenstemming/"
    page = client.get(f"{url}?eerste={first.pk}&tweede={second.pk}").content.decode()
    assert "0,60" in page or "0.60" in page
    assert "0,78" in page or "0.78" in page
    client.post(
        url + "samenvoegen/",
        {"eerste": first.pk, "tweede": second.pk, "houden": [f"{units[4].pk}-{wait.pk}"]},
    )
    assert Coding.objects.filter(coder__isnull=True).count() == 10
