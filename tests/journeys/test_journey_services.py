"""A journey is stored whole or not at all; every phase note lands in the pool with its score."""

import pytest
from django.core.exceptions import ValidationError

from samenspraak.insights.models import Contribution
from samenspraak.journeys import services
from samenspraak.journeys.models import JourneyEntry, PhaseExperience
from samenspraak.journeys.phases import default_phases, phases_as_lines, phases_from_lines
from samenspraak.journeys.selectors import average_curve, entry_points
from tests.factories import JourneyFactory, TrajectFactory

PHASES = {
    "zoeken": {"score": -2, "what_happened": "Ik vond niets op de website.", "bejegening": None},
    "gesprek": {"score": 2, "what_happened": "", "should_differ": "", "bejegening": 5},
    "besluit": {"skipped": True, "score": None},
}


@pytest.fixture
def journey(municipality):
    return JourneyFactory(traject=TrajectFactory(municipality=municipality))


@pytest.mark.django_db
def test_entry_with_skipped_phase(journey):
    entry = services.submit_entry(journey=journey, draft_phases=PHASES)
    assert [(p.phase_key, p.score) for p in entry.phases.all()] == [("zoeken", -2), ("gesprek", 2)]
    assert entry_points(entry) == [
        ("Zoeken en eerste contact", -2),
        ("Het gesprek", 2),
        ("Het besluit", None),
    ]
    contribution = Contribution.objects.get()
    assert (contribution.phase, contribution.score) == ("zoeken", -2)
    assert contribution.source_type == "klantreisfase"
    assert contribution.question_text == "Zoeken en eerste contact"
    assert contribution.channel == "online"


@pytest.mark.django_db
@pytest.mark.parametrize("score", [3, -3])
def test_scores_outside_the_curve_save_nothing(journey, score):
    phases = {**PHASES, "gesprek": {"score": score}}
    with pytest.raises(ValidationError):
        services.submit_entry(journey=journey, draft_phases=phases)
    assert not JourneyEntry.objects.exists()
    assert not PhaseExperience.objects.exists()
    assert not Contribution.objects.exists()


@pytest.mark.django_db
def test_an_empty_journey_is_refused(journey):
    with pytest.raises(ValidationError):
        services.submit_entry(journey=journey, draft_phases={"besluit": {"skipped": True}})
    assert not JourneyEntry.objects.exists()


@pytest.mark.django_db
def test_closed_journey_takes_nothing(journey):
    journey.status = "gesloten"
    with pytest.raises(services.ClosedError):
        services.submit_entry(journey=journey, draft_phases=PHASES)


@pytest.mark.django_db
def test_shadow_journey_is_marked(journey):
    services.submit_entry(
        journey=journey,
        draft_phases=PHASES,
        kind="schaduwreis",
        channel="interview",
        respondent_group="ouder van een kind met jeugdhulp",
    )
    contribution = Contribution.objects.get()
    assert contribution.channel == "schaduwreis"
    assert contribution.respondent_group == "ouder van een kind met jeugdhulp"


@pytest.mark.django_db
def test_average_curve(journey):
    services.submit_entry(journey=journey, draft_phases=PHASES)
    services.submit_entry(
        journey=journey,
        draft_phases={"zoeken": {"score": -1, "bejegening": 2}, "gesprek": {"score": 1}},
    )
    rows = {row["name"]: row for row in average_curve(journey)}
    assert (rows["Zoeken en eerste contact"]["mean"], rows["Zoeken en eerste contact"]["n"]) == (
        -1.5,
        2,
    )
    assert rows["Het gesprek"]["bejegening"] == 5
    assert (rows["Het besluit"]["mean"], rows["Het besluit"]["n"]) == (None, 0)


@pytest.mark.django_db
def test_phases_are_fixed_once_journeys_exist(journey):
    services.submit_entry(journey=journey, draft_phases=PHASES)
    with pytest.raises(ValidationError) as error:
        services.update_phases(journey=journey, phases=phases_from_lines("Een\nTwee"))
    assert "phases" in error.value.message_dict


@pytest.mark.django_db
def test_phase_lines_round_trip_and_problems(municipality):
    lines = "Zoeken: website, telefoon\n\nHet besluit"
    phases = phases_from_lines(lines)
    assert phases == [
        {"key": "zoeken", "name": "Zoeken", "touchpoints": ["website", "telefoon"]},
        {"key": "het-besluit", "name": "Het besluit", "touchpoints": []},
    ]
    assert phases_as_lines(phases) == "Zoeken: website, telefoon\nHet besluit"
    traject = TrajectFactory(municipality=municipality)
    for bad in ("Alleen één", "Zelfde\nZelfde"):
        with pytest.raises(ValidationError):
            services.create_journey(
                traject=traject, title="T", intro="I", phases=phases_from_lines(bad)
            )


def test_default_route_comes_from_the_data_file():
    keys = [phase["key"] for phase in default_phases()]
    assert keys == [
        "hulpvraag",
        "zoeken",
        "melding",
        "gesprek",
        "besluit",
        "ondersteuning",
        "evaluatie",
    ]
