"""The anonymous klantreis comparison: own name, letters for the others, no counts that give a
municipality away, a region figure only from two municipalities, and phase names that do not
name a municipality."""

import pytest
from django.utils import translation

from samenspraak.regions import journey_compare, spiegel
from tests.factories import MunicipalityFactory
from tests.regions.test_journey_compare import LINDEWAARD, OOSTERBEEMD, cells, run_journey

pytestmark = pytest.mark.django_db


@pytest.fixture
def three(region, lindewaard, oosterbeemd):
    heuvel = MunicipalityFactory(name="Heuveldorp", slug="heuveldorp", region=region)
    run_journey(lindewaard, LINDEWAARD)
    run_journey(oosterbeemd, OOSTERBEEMD)
    run_journey(heuvel, {"zoeken": [1] * 7, "gesprek": [0] * 7, "besluit": [-1] * 7})
    return lindewaard, oosterbeemd, heuvel


def seen_by(region, municipality):
    return journey_compare.comparison(
        region, viewer_municipality_ids=[municipality.pk], anonymous=True
    )


def test_own_name_letters_for_the_others_and_no_counts(region, three):
    lindewaard = three[0]
    found = seen_by(region, lindewaard)
    labels = [str(column.label) for column in found.columns]
    assert labels[0] == "Lindewaard"
    assert "Oosterbeemd" not in labels and "Heuveldorp" not in labels
    assert found.journeys == {0: 5}  # only the own number of klantreizen
    for index, column in enumerate(found.columns):
        for phase in found.phases:
            cell = found.cells[(index, phase.key)]
            assert (cell.n is not None) == column.own, (column.label, phase.key)
    region_cell = cells(found, "zoeken")[labels[-1]]
    # All three shown: (-3 + 5 + 7) / 18 = 0.5, without the 18.
    assert region_cell.mean == 0.5 and region_cell.n is None
    assert all(str(summary.column.label) in labels for summary in found.summaries)
    text = " ".join(summary.sentence for summary in found.summaries)
    assert "Oosterbeemd" not in text and "Heuveldorp" not in text


def test_letters_are_the_spiegel_letters_and_follow_neither_names_nor_sizes(region, three):
    lindewaard, oosterbeemd, heuvel = three

    def letters():
        return {
            c.municipality_id: str(c.label)
            for c in seen_by(region, lindewaard).columns
            if not c.own and c.municipality_id
        }

    before = letters()
    expected = spiegel._letters(lindewaard.pk, [oosterbeemd, heuvel])
    assert before == {pk: str(label) for pk, label in expected.items()}
    oosterbeemd.name, heuvel.name = "Aaa", "Zzz"  # reverse the alphabetical order
    oosterbeemd.save()
    heuvel.save()
    run_journey(oosterbeemd, {"zoeken": [0] * 30})  # and make the smaller one the larger
    assert letters() == before
    # Columns are in letter order after the own one, not in name or size order.
    columns = seen_by(region, lindewaard).columns
    assert [str(c.label) for c in columns[1:-1]] == sorted(str(c.label) for c in columns[1:-1])


def test_the_region_needs_two_municipalities(region, lindewaard, oosterbeemd):
    heuvel = MunicipalityFactory(name="Heuveldorp", slug="heuveldorp", region=region)
    run_journey(heuvel, {"zoeken": [1, 1]})  # too few
    run_journey(lindewaard, {"zoeken": [2] * 6})
    run_journey(oosterbeemd, {"zoeken": [-1, -1, 0]})  # too few: only Lindewaard is shown
    found = seen_by(region, oosterbeemd)
    region_cell = cells(found, "zoeken")[str(found.columns[-1].label)]
    # One municipality alone would be its own figure: Oosterbeemd would learn Lindewaard's.
    assert region_cell.status == "few_municipalities" and region_cell.mean is None
    # With names too: one route alone is not the region.
    named = journey_compare.comparison(region, anonymous=False)
    assert cells(named, "zoeken")["Heuveldorp"].status == "hidden"
    assert cells(named, "zoeken")[str(named.columns[-1].label)].status == "few_municipalities"
    run_journey(oosterbeemd, {"zoeken": [-1, -1]})  # now 5 scores: both are shown
    region_cell = cells(seen_by(region, oosterbeemd), "zoeken")[str(found.columns[-1].label)]
    # (12 - 4) / 11 = 0.73, without the 11.
    assert (region_cell.mean, region_cell.n) == (0.7, None)


def test_a_phase_named_after_a_municipality_does_not_give_its_letter_away(
    region, lindewaard, oosterbeemd
):
    phases = [
        {"key": "zoeken", "name": "Zoeken en eerste contact", "touchpoints": []},
        {"key": "loket", "name": "Naar het loket van Oosterbeemd", "touchpoints": []},
    ]
    run_journey(lindewaard, {"zoeken": [0] * 5})
    run_journey(oosterbeemd, {"zoeken": [1] * 5, "loket": [-1] * 5}, phases=phases)
    names = [phase.name for phase in seen_by(region, lindewaard).phases]
    assert not any("Oosterbeemd" in name for name in names)
    assert any(name.startswith("Naar het loket van ") for name in names)
    own = [phase.name for phase in seen_by(region, oosterbeemd).phases]
    assert "Naar het loket van Oosterbeemd" in own


def test_a_single_other_municipality_is_not_shown(region, lindewaard, oosterbeemd):
    run_journey(lindewaard, {"zoeken": [2] * 6})
    run_journey(oosterbeemd, {"zoeken": [-1] * 5})
    found = seen_by(region, oosterbeemd)
    seen = cells(found, "zoeken")
    assert seen["Oosterbeemd"].mean == -1.0
    assert seen["Gemeente A"].status == "few_municipalities" and seen["Gemeente A"].mean is None
    assert seen[str(found.columns[-1].label)].status == "few_municipalities"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Naar het Oosterbeemdse loket", "Naar het de gemeente loket"),
        ("Oosterbeemders bellen", "de gemeente bellen"),
        ("oosterbeemd's wijkteam", "de gemeente wijkteam"),
        ("Oosterbeemd-Noord", "de gemeente-Noord"),
        ("Oosterbeemdlaan en Edelweiss", "Oosterbeemdlaan en Edelweiss"),
    ],
)
def test_words_made_from_a_name_are_neutral_too(text, expected):
    with translation.override("nl"):
        assert journey_compare._neutral(text, ["Oosterbeemd", "Ede"]) == expected
