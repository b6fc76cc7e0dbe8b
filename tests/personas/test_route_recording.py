"""A municipality records how the persona would get help there: every phase in one form,
checked on the server, and nothing saved when one phase is wrong."""

import pytest
from django.core.exceptions import ValidationError

from samenspraak.personas.models import Persona, PersonaRoute, PersonaStep
from samenspraak.personas.services import StepInput, record_route
from tests.personas.factories import KEYS, make_persona, record, steps

pytestmark = pytest.mark.django_db


@pytest.fixture
def persona(region):
    return make_persona(region)


def form_data(**overrides) -> dict:
    data = {}
    for key in KEYS:
        data[f"where_who_{key}"] = f"Loket ({key})"
        data[f"what_happens_{key}"] = f"Er gebeurt iets ({key})."
        data[f"waiting_days_{key}"] = "7"
        data[f"goes_well_{key}"] = ""
        data[f"gets_stuck_{key}"] = ""
    data.update(overrides)
    return data


def test_a_route_has_a_step_for_every_phase(persona, lindewaard, lindewaard_staff):
    route = record(
        persona,
        lindewaard,
        lindewaard_staff.user,
        gesprek=StepInput(
            what_happens="Gesprek thuis.", where_who="Wmo-consulent", waiting_days=14
        ),
    )
    assert [step.phase.phase_key for step in route.steps.all()] == KEYS
    talk = route.steps.get(phase__phase_key="gesprek")
    assert (talk.where_who, talk.waiting_days) == ("Wmo-consulent", 14)
    assert route.recorded_by == lindewaard_staff.user


def test_a_missing_phase_saves_nothing(persona, lindewaard, lindewaard_staff):
    partial = steps()
    del partial["evaluatie"]
    with pytest.raises(ValidationError):
        record_route(
            persona=persona, municipality=lindewaard, user=lindewaard_staff.user, steps=partial
        )
    assert not PersonaRoute.objects.exists() and not PersonaStep.objects.exists()


def test_a_wrong_phase_leaves_the_earlier_route_as_it_was(persona, lindewaard, lindewaard_staff):
    route = record(persona, lindewaard, lindewaard_staff.user)
    before = list(route.steps.values_list("pk", "what_happens", "waiting_days"))
    with pytest.raises(ValidationError, match="Het besluit"):
        record(
            persona,
            lindewaard,
            lindewaard_staff.user,
            hulpvraag=StepInput(what_happens="Nieuw en goed."),
            besluit=StepInput(what_happens="Te lang.", waiting_days=800),
        )
    assert list(route.steps.values_list("pk", "what_happens", "waiting_days")) == before
    with pytest.raises(ValidationError):
        record(persona, lindewaard, lindewaard_staff.user, melding=StepInput(what_happens="  "))
    assert list(route.steps.values_list("pk", "what_happens", "waiting_days")) == before


def test_recording_again_changes_the_same_steps(persona, lindewaard, lindewaard_staff):
    first = record(persona, lindewaard, lindewaard_staff.user)
    ids = list(first.steps.values_list("pk", flat=True))
    again = record(
        persona, lindewaard, lindewaard_staff.user, besluit=StepInput(what_happens="Sneller.")
    )
    assert again.pk == first.pk
    assert list(again.steps.values_list("pk", flat=True)) == ids
    assert again.steps.get(phase__phase_key="besluit").what_happens == "Sneller."
    assert PersonaRoute.objects.count() == 1


def test_a_draft_is_completed_only_by_its_own_municipality(
    region, lindewaard, oosterbeemd, lindewaard_staff, oosterbeemd_staff
):
    draft = make_persona(region, municipality=lindewaard, status=Persona.Status.CONCEPT)
    with pytest.raises(ValidationError):
        record(draft, oosterbeemd, oosterbeemd_staff.user)
    assert record(draft, lindewaard, lindewaard_staff.user).steps.count() == 7


def test_the_form_saves_every_phase_at_once(client, persona, lindewaard, lindewaard_staff):
    client.force_login(lindewaard_staff.user)
    url = f"/regio/waterland-zuid/personas/{persona.pk}/route/?gemeente=lindewaard"
    assert client.get(url).status_code == 200
    response = client.post(url, form_data(waiting_days_gesprek="21", gets_stuck_besluit="Brief"))
    assert response.status_code == 302
    route = PersonaRoute.objects.get(persona=persona, municipality=lindewaard)
    assert route.steps.get(phase__phase_key="gesprek").waiting_days == 21
    assert route.steps.get(phase__phase_key="besluit").gets_stuck == "Brief"


def test_the_form_shows_errors_keeps_the_input_and_saves_nothing(client, persona, lindewaard_staff):
    client.force_login(lindewaard_staff.user)
    url = f"/regio/waterland-zuid/personas/{persona.pk}/route/"
    response = client.post(
        url,
        form_data(
            what_happens_besluit="", waiting_days_gesprek="-3", where_who_zoeken="Bibliotheek"
        ),
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "ss-error-summary" in page
    form = response.context["form"]
    assert set(form.errors) == {"what_happens_besluit", "waiting_days_gesprek"}
    assert "Het besluit" in form.errors["what_happens_besluit"][0]  # names the phase
    assert 'value="Bibliotheek"' in page
    assert not PersonaRoute.objects.exists()
