"""The klantreis comparison: means per phase and municipality against hand counts, phases
matched by key, small cells hidden, several journeys of one municipality pooled, and the phase
where people get stuck."""

import pytest

from samenspraak.journeys import services as journey_services
from samenspraak.journeys.models import Journey, JourneyEntry
from samenspraak.regions import journey_compare
from tests.factories import (
    JourneyFactory,
    MunicipalityFactory,
    TrajectFactory,
    TrajectSharingFactory,
    journey_phases,
)

pytestmark = pytest.mark.django_db

NOTE = "Mijn buurvrouw Truus de Vries hielp mij"


def run_journey(municipality, columns, *, level="aggregaten", phases=None, kind=None):
    """A journey in a shared traject; ``columns`` maps a phase key to one score per entry.

    Every scored phase carries a note, so tests can check that notes never leak.
    """
    traject = TrajectFactory(municipality=municipality)
    TrajectSharingFactory(traject=traject, level=level)
    journey = JourneyFactory(traject=traject, phases=phases or journey_phases())
    entries = max(len(scores) for scores in columns.values())
    for number in range(entries):
        draft = {
            key: {"score": scores[number], "what_happened": NOTE, "should_differ": NOTE}
            for key, scores in columns.items()
            if number < len(scores) and scores[number] is not None
        }
        journey_services.submit_entry(
            journey=journey, draft_phases=draft, kind=kind or JourneyEntry.Kind.KLANTREIS
        )
    return journey


LINDEWAARD = {
    "zoeken": [-2, -1, -1, 0, 1],
    "gesprek": [2, 1, 1, 2, 1],
    "besluit": [-1, -1, 0, 0, -2],
}
OOSTERBEEMD = {
    "zoeken": [1, 1, 0, 0, 2, 1],
    "gesprek": [1, 1, 1, 1, 1, 1],
    "besluit": [-2, -2, -2, -1, -2, -2],
}


@pytest.fixture
def three(region, lindewaard, oosterbeemd):
    heuvel = MunicipalityFactory(name="Heuveldorp", slug="heuveldorp", region=region)
    run_journey(lindewaard, LINDEWAARD)
    run_journey(oosterbeemd, OOSTERBEEMD)
    run_journey(heuvel, {"zoeken": [2, 2, 2], "gesprek": [2, 2, 2], "besluit": [2, 2, 2]})
    return lindewaard, oosterbeemd, heuvel


def cells(found, key):
    phase = next(p for p in found.phases if p.key == key)
    return {
        str(column.label): found.cells[(index, phase.key)]
        for index, column in enumerate(found.columns)
    }


def region_label(found):
    return str(found.columns[-1].label)


def test_means_and_negative_shares_against_hand_counts(region, three):
    found = journey_compare.comparison(region, anonymous=False)
    zoeken = cells(found, "zoeken")
    # Lindewaard: (-2 - 1 - 1 + 0 + 1) / 5 = -0.6; 3 of 5 below zero.
    assert (zoeken["Lindewaard"].mean, zoeken["Lindewaard"].negative) == (-0.6, 60)
    assert zoeken["Lindewaard"].n == 5
    # Oosterbeemd: 5 / 6 = 0.83.
    assert (zoeken["Oosterbeemd"].mean, zoeken["Oosterbeemd"].n) == (0.8, 6)
    # Heuveldorp has 3 scores: hidden, and left out of the region's figure.
    assert zoeken["Heuveldorp"].status == "hidden" and zoeken["Heuveldorp"].mean is None
    # Region: (-3 + 5) / 11 = 0.18; 3 of 11 below zero.
    region_cell = zoeken[region_label(found)]
    assert (region_cell.mean, region_cell.negative, region_cell.n) == (0.2, 27, 11)
    besluit = cells(found, "besluit")
    # (-4 - 11) / 11 = -1.36; 9 of 11 below zero.
    assert (besluit[region_label(found)].mean, besluit[region_label(found)].negative) == (
        -1.4,
        82,
    )
    assert besluit["Oosterbeemd"].mean == -1.8


def test_the_stuck_phase_and_strong_differences_are_marked(region, three):
    found = journey_compare.comparison(region, anonymous=False)
    summaries = {str(s.column.label): s for s in found.summaries}
    assert summaries["Lindewaard"].stuck.key == "besluit"
    assert summaries["Oosterbeemd"].stuck.key == "besluit"
    assert summaries[region_label(found)].stuck.key == "besluit"
    assert summaries["Heuveldorp"].stuck is None
    assert "too few" in summaries["Heuveldorp"].sentence or "te weinig" in (
        summaries["Heuveldorp"].sentence
    )
    # Lindewaard -0.6 against the region's 0.2 is 0.8 apart: clearly lower. Oosterbeemd's
    # -1.8 against -1.4 (0.4 apart) is not marked.
    assert [p.key for p in summaries["Lindewaard"].lower] == ["zoeken"]
    assert cells(found, "zoeken")["Lindewaard"].differs == "lower"
    assert cells(found, "besluit")["Oosterbeemd"].differs == ""
    assert summaries["Oosterbeemd"].lower == summaries["Oosterbeemd"].higher == []
    assert "Zoeken en eerste contact" in summaries["Lindewaard"].sentence


def test_a_tie_goes_to_the_larger_negative_share_and_no_phase_above_zero_is_stuck(
    region, lindewaard, oosterbeemd
):
    run_journey(
        lindewaard,
        {
            "zoeken": [-2, -2, 0, 0, -1],  # mean -1, 60% below zero
            "gesprek": [-1, -1, -1, -1, -1],  # mean -1, 100% below zero
            "besluit": [0, 0, 0, 0, 0],
        },
    )
    run_journey(oosterbeemd, {"zoeken": [0, 1, 0, 1, 0], "gesprek": [2] * 5, "besluit": [1] * 5})
    found = journey_compare.comparison(region, anonymous=False)
    summaries = {str(s.column.label): s for s in found.summaries}
    assert summaries["Lindewaard"].stuck.key == "gesprek"
    assert cells(found, "gesprek")["Lindewaard"].stuck
    assert not cells(found, "zoeken")["Lindewaard"].stuck
    assert summaries["Oosterbeemd"].stuck is None
    # The region: search (-5 + 2) / 10 = -0.3 is its only phase below zero.
    assert summaries[region_label(found)].stuck.key == "zoeken"
    assert cells(found, "zoeken")[region_label(found)].mean == -0.3


def test_phases_are_matched_by_key_and_missing_ones_say_so(region, lindewaard, oosterbeemd):
    waiting = {"key": "wachten", "name": "Wachten na het gesprek", "touchpoints": []}
    phases = journey_phases()
    phases.insert(2, waiting)  # after the conversation
    run_journey(lindewaard, {"zoeken": [0] * 5, "wachten": [-2] * 5}, phases=phases)
    run_journey(oosterbeemd, {"zoeken": [1] * 5, "besluit": [1] * 5})
    found = journey_compare.comparison(region, anonymous=False)
    assert [p.key for p in found.phases] == ["zoeken", "gesprek", "wachten", "besluit"]
    assert [p.number for p in found.phases] == [1, 2, 3, 4]
    wachten = cells(found, "wachten")
    assert wachten["Oosterbeemd"].status == "not_in_route"
    assert wachten["Lindewaard"].mean == -2.0
    assert wachten[region_label(found)].status == "few_municipalities"
    assert cells(found, "zoeken")[region_label(found)].mean == 0.5
    # In the route but nobody scored it.
    assert cells(found, "gesprek")["Lindewaard"].status == "no_scores"


def test_several_journeys_of_one_municipality_are_pooled(region, lindewaard, oosterbeemd):
    run_journey(lindewaard, {"zoeken": [-2, -2, -2]})
    run_journey(lindewaard, {"zoeken": [1, 1, 1]})  # alone each is too small
    run_journey(oosterbeemd, {"zoeken": [0] * 5})
    found = journey_compare.comparison(region, anonymous=False)
    pooled = cells(found, "zoeken")["Lindewaard"]
    assert (pooled.mean, pooled.n, pooled.negative) == (-0.5, 6, 50)
    assert [str(c.label) for c in found.columns].count("Lindewaard") == 1
    assert found.journeys[0] == 6


def test_schaduwreizen_and_concept_journeys_do_not_count(region, lindewaard, oosterbeemd):
    run_journey(lindewaard, {"zoeken": [2] * 5})
    run_journey(lindewaard, {"zoeken": [-2] * 5}, kind=JourneyEntry.Kind.SCHADUWREIS)
    run_journey(oosterbeemd, {"zoeken": [0] * 5})
    concept = run_journey(oosterbeemd, {"zoeken": [-2] * 5})
    Journey.objects.filter(pk=concept.pk).update(status=Journey.Status.CONCEPT)
    found = journey_compare.comparison(region, anonymous=False)
    assert cells(found, "zoeken")["Lindewaard"].mean == 2.0
    assert cells(found, "zoeken")["Oosterbeemd"].mean == 0.0
    assert found.journeys == {0: 5, 1: 5}


def test_the_chart_draws_a_line_per_column_with_gaps_for_hidden_cells(region, three):
    from samenspraak.regions import journey_chart

    found = journey_compare.comparison(region, anonymous=False)
    chart = journey_chart.drawing(found)
    lines = {str(line["label"]): line for line in chart["series"]}
    assert set(lines) == {"Lindewaard", "Oosterbeemd", "Heuveldorp", region_label(found)}
    assert lines["Heuveldorp"]["segments"] == [] and lines["Heuveldorp"]["markers"] == []
    assert len(lines["Lindewaard"]["markers"]) == 3
    # Told apart without colour: every line has its own dash pattern and marker shape.
    styles = {(line["dash"], line["shape"]) for line in chart["series"]}
    assert len(styles) == len(chart["series"])
    # +2 at the top, -2 at the bottom: Lindewaard's conversation (+1.4) is drawn above its
    # search (-0.6), the decision (-0.8) just below it.
    zoeken, gesprek, besluit = (
        float(point.split(",")[1]) for point in lines["Lindewaard"]["segments"][0].split()
    )
    assert gesprek < zoeken < besluit
