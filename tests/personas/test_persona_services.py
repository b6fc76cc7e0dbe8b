"""Making and changing a persona: the journey follows the default route, a persona made with a
group says with which group, and nothing is saved when something is wrong."""

import pytest
from django.core.exceptions import ValidationError

from samenspraak.journeys.phases import default_phases
from samenspraak.personas import selectors
from samenspraak.personas.models import Persona, PersonaPhase
from samenspraak.personas.services import PhaseInput, save_persona
from tests.factories import MunicipalityFactory
from tests.personas.factories import KEYS, journey, make_persona

pytestmark = pytest.mark.django_db


def test_a_new_persona_gets_every_phase_of_the_default_route(region):
    persona = make_persona(region, journey=journey(-1, 0, 2))
    assert [p.phase_key for p in persona.phases.all()] == [p["key"] for p in default_phases()]
    assert [p.phase_key for p in persona.phases.all()] == KEYS
    assert [p.score for p in persona.phases.all()] == [-1, 0, 2, None, None, None, None]
    assert persona.phases.get(phase_key="melding").experience == "Beleving melding"


def test_the_curve_leaves_a_gap_where_the_score_is_unknown(region):
    persona = make_persona(region, journey=journey(-2, None, 1))
    drawing, rows = selectors.journey_curve(persona)
    assert [row["score"] for row in rows[:3]] == [-2, None, 1]
    assert [row["number"] for row in rows] == list(range(1, 8))
    assert len(drawing["segments"]) == 2  # -2 alone, then 1 (phases 4–7 have no score)
    assert drawing["dots"][0]["y"] > drawing["dots"][2]["y"]  # −2 is drawn below +1


def test_made_with_a_group_needs_the_group(region):
    with pytest.raises(ValidationError) as error:
        make_persona(region, made_with_group=True, group="  ")
    assert "group" in error.value.message_dict
    assert not Persona.objects.exists()
    persona = make_persona(
        region, made_with_group=True, group="mensen met een licht verstandelijke beperking"
    )
    assert persona.group == "mensen met een licht verstandelijke beperking"
    not_with = make_persona(region, name="Klaas", made_with_group=False, group="vergeten tekst")
    assert not_with.group == ""


def test_a_score_outside_minus_two_to_two_is_refused_and_nothing_is_saved(region):
    with pytest.raises(ValidationError):
        make_persona(region, journey={"gesprek": PhaseInput(score=3)})
    assert not Persona.objects.exists()
    assert not PersonaPhase.objects.exists()


def test_only_phases_of_the_route(region):
    with pytest.raises(ValidationError):
        make_persona(region, journey={"verzonnen-fase": PhaseInput(score=1)})
    assert not Persona.objects.exists()


def test_a_municipality_of_another_region_cannot_make_the_persona(region, other_region):
    stranger = MunicipalityFactory(region=other_region)
    with pytest.raises(ValidationError):
        make_persona(region, municipality=stranger)
    assert not Persona.objects.exists()


def test_required_texts(region):
    with pytest.raises(ValidationError) as error:
        make_persona(region, name="", help_question="")
    assert {"name", "help_question"} <= set(error.value.message_dict)


def test_editing_keeps_the_phases_and_the_maker(region, lindewaard):
    persona = make_persona(region, municipality=lindewaard, journey=journey(1))
    phase_ids = list(persona.phases.values_list("pk", flat=True))
    save_persona(
        region=region,
        user=None,
        persona=persona,
        journey={"hulpvraag": PhaseInput("Nu anders", -1)},
        name="Gerda S.",
        life_phase=persona.life_phase,
        situation=persona.situation,
        help_question=persona.help_question,
        needs=persona.needs,
        made_with_group=False,
        group="",
        status=Persona.Status.CONCEPT,
    )
    persona.refresh_from_db()
    assert persona.name == "Gerda S." and persona.municipality == lindewaard
    assert list(persona.phases.values_list("pk", flat=True)) == phase_ids
    first = persona.phases.get(phase_key="hulpvraag")
    assert (first.experience, first.score) == ("Nu anders", -1)


def test_a_persona_cannot_be_saved_into_another_region(region, other_region):
    persona = make_persona(region)
    with pytest.raises(ValidationError):
        save_persona(region=other_region, user=None, persona=persona, name="X")
