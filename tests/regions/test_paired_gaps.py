"""Paired questionnaires: each group's share that agrees, the gap in percentage points and the
large-gap mark, checked against figures worked out by hand; the small-cell rule per group and
the region pooling only what is shown."""

import pytest

from samenspraak.regions import paired
from tests.factories import MunicipalityFactory
from tests.regions.paired_helpers import cells, region_line, run_pair

pytestmark = pytest.mark.django_db


@pytest.fixture
def three(region, lindewaard, oosterbeemd):
    heuvel = MunicipalityFactory(name="Heuveldorp", slug="heuveldorp", region=region)
    # Clients 2 of 5 valid agree (40 %); professionals 5 of 6 (83.3 %).
    run_pair(lindewaard, ["4", "5", "2", "2", "1", "weet_niet"], ["5", "4", "4", "5", "3", "4"])
    # Clients 4 of 7 (57.1 %); professionals 3 of 5 (60 %).
    run_pair(oosterbeemd, ["4", "4", "5", "2", "2", "3", "4"], ["4", "4", "4", "2", "3"])
    # Clients 5 of 5 (100 %); professionals only 3 answers: hidden.
    run_pair(heuvel, ["5"] * 5, ["4", "4", "2"])
    return lindewaard, oosterbeemd, heuvel


def test_figures_and_gaps_per_municipality_against_hand_counts(region, three):
    found = paired.comparison(region, "toegangsspiegel", anonymous=False)
    assert [g.key for g in found.groups] == ["clienten", "professionals"]
    lines = cells(found)
    linde = lines["Lindewaard"]
    assert [c.value for c in linde.cells] == [40.0, pytest.approx(83.3)]
    assert [c.n for c in linde.cells] == [5, 6]
    assert linde.gaps[0].value == pytest.approx(43.3) and linde.gaps[0].large
    ooster = lines["Oosterbeemd"]
    assert [c.value for c in ooster.cells] == [pytest.approx(57.1), 60.0]
    # 60 − 57.142… = 2.857…: the gap comes from the unrounded figures, not 60 − 57.1.
    assert ooster.gaps[0].value == pytest.approx(2.9) and not ooster.gaps[0].large


def test_a_hidden_side_hides_the_gap(region, three):
    heuvel = cells(paired.comparison(region, "toegangsspiegel", anonymous=False))["Heuveldorp"]
    assert heuvel.cells[0].value == 100.0
    assert heuvel.cells[1].status == "hidden" and heuvel.cells[1].value is None
    assert heuvel.gaps[0].value is None and not heuvel.gaps[0].large


def test_the_region_pools_only_the_municipalities_shown_per_group(region, three):
    line = region_line(paired.comparison(region, "toegangsspiegel", anonymous=False))
    clients, professionals = line.cells
    # Clients: (2 + 4 + 5) / (5 + 7 + 5); professionals without Heuveldorp: (5 + 3) / (6 + 5).
    assert clients.value == pytest.approx(64.7) and clients.n == 17
    assert professionals.value == pytest.approx(72.7) and professionals.n == 11
    assert line.gaps[0].value == pytest.approx(100 * (8 / 11 - 11 / 17), abs=0.05)
    assert not line.gaps[0].large


@pytest.mark.parametrize(
    ("reference", "other", "value", "large"),
    [
        (40.0, 55.0, 15.0, True),  # exactly the threshold counts
        (40.0, 54.9, 14.9, False),
        (60.0, 45.0, -15.0, True),  # either way
        (None, 50.0, None, False),
    ],
)
def test_threshold(reference, other, value, large):
    assert paired.GAP_THRESHOLD == 15
    gap = paired.gap_between(reference, other)
    assert (gap.value, gap.large) == (value, large)


def test_statements_keep_each_groups_own_words(region, three):
    found = paired.comparison(region, "toegangsspiegel", anonymous=False)
    statement = next(s for s in found.statements if s.key == "weet_waar")
    assert statement.wordings == [
        ("Cliënten", "Ik wist waar ik met mijn vraag terecht kon"),
        ("Professionals", "Inwoners weten waar ze met hun vraag terecht kunnen"),
    ]
    assert len(found.statements) == 7  # the open question is never part of it


def test_one_municipality_is_no_regional_comparison(region, lindewaard):
    run_pair(lindewaard, ["5"] * 5, ["5"] * 5)
    assert paired.comparison(region, "toegangsspiegel", anonymous=False) is None
    assert paired.comparable_sets(region) == []


def test_a_set_without_its_client_list_is_not_compared(region, lindewaard, oosterbeemd):
    from samenspraak.instruments.models import Instrument

    run_pair(lindewaard, ["5"] * 5, ["5"] * 5)
    run_pair(oosterbeemd, ["5"] * 5, ["5"] * 5)
    assert [s.key for s, count, _g in paired.comparable_sets(region)] == ["toegangsspiegel"]
    Instrument.objects.filter(template_key="toegangsspiegel-clienten").delete()
    assert paired.comparison(region, "toegangsspiegel", anonymous=False) is None
