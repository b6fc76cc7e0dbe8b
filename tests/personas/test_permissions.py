"""Readers read, the coordinator makes and edits every persona, municipality staff make their
own persona's and record only their own municipality's route."""

import pytest

from samenspraak.organisations.roles import Role
from samenspraak.personas.models import Persona, PersonaRoute
from tests.factories import MembershipFactory
from tests.personas.factories import make_persona
from tests.personas.test_route_recording import form_data

pytestmark = pytest.mark.django_db

BASE = "/regio/waterland-zuid/personas/"


def persona_data(**overrides) -> dict:
    data = {
        "name": "Sara",
        "life_phase": "29 jaar, moeder van Daan",
        "situation": "Druk gezin.",
        "help_question": "Is dit een fase?",
        "needs": "Snel iemand om mee te praten.",
        "status": Persona.Status.GEDEELD,
    }
    data.update(overrides)
    return data


@pytest.fixture
def shared(region, lindewaard):
    return make_persona(region, municipality=lindewaard, name="Gerda")


def test_a_reader_reads_but_changes_nothing(client, reader, shared):
    client.force_login(reader.user)
    for path in ("", f"{shared.pk}/", f"{shared.pk}/kaart.pdf"):
        assert client.get(BASE + path).status_code == 200
    for path in ("nieuw/", f"{shared.pk}/bewerken/", f"{shared.pk}/route/"):
        assert client.get(BASE + path).status_code == 403
        assert client.post(BASE + path, persona_data()).status_code == 403
    assert Persona.objects.count() == 1 and not PersonaRoute.objects.exists()


def test_an_advisory_council_member_reads_only(client, lindewaard, shared):
    member = MembershipFactory(municipality=lindewaard, role=Role.ADVIESRAAD)
    client.force_login(member.user)
    assert client.get(BASE + f"{shared.pk}/").status_code == 200
    assert client.post(BASE + f"{shared.pk}/route/", form_data()).status_code == 403
    assert client.get(BASE + "nieuw/").status_code == 403
    assert not PersonaRoute.objects.exists()


def test_the_coordinator_makes_a_persona_for_the_region_and_edits_every_one(
    client, coordinator, shared
):
    client.force_login(coordinator.user)
    response = client.post(BASE + "nieuw/", persona_data(made_by="regio"))
    assert response.status_code == 302
    made = Persona.objects.get(name="Sara")
    assert made.municipality is None and made.created_by == coordinator.user
    response = client.post(
        BASE + f"{shared.pk}/bewerken/", persona_data(name="Gerda S.", made_by="regio")
    )
    assert response.status_code == 302
    shared.refresh_from_db()
    assert shared.name == "Gerda S." and shared.municipality.slug == "lindewaard"
    # A coordinator is not a municipality: no route of their own to record.
    assert client.get(BASE + f"{shared.pk}/route/").status_code == 403


def test_staff_make_a_persona_for_their_own_municipality_only(
    client, lindewaard, oosterbeemd, lindewaard_staff
):
    client.force_login(lindewaard_staff.user)
    response = client.post(BASE + "nieuw/", persona_data(made_by=str(oosterbeemd.pk)))
    assert response.status_code == 200 and "made_by" in response.context["form"].errors
    response = client.post(BASE + "nieuw/", persona_data(made_by="regio"))
    assert response.status_code == 200 and "made_by" in response.context["form"].errors
    assert not Persona.objects.exists()
    response = client.post(BASE + "nieuw/", persona_data(made_by=str(lindewaard.pk)))
    assert response.status_code == 302
    assert Persona.objects.get().municipality == lindewaard


def test_staff_edit_their_own_municipalitys_persona_not_anothers(
    client, region, oosterbeemd, lindewaard_staff, shared
):
    other = make_persona(region, municipality=oosterbeemd, name="Kevin")
    client.force_login(lindewaard_staff.user)
    assert client.get(BASE + f"{shared.pk}/bewerken/").status_code == 200
    assert client.post(BASE + f"{other.pk}/bewerken/", persona_data()).status_code == 403
    other.refresh_from_db()
    assert other.name == "Kevin"


def test_staff_record_their_own_route_and_cannot_write_anothers(
    client, shared, lindewaard, oosterbeemd, lindewaard_staff
):
    client.force_login(lindewaard_staff.user)
    url = BASE + f"{shared.pk}/route/"
    assert client.post(url + "?gemeente=oosterbeemd", form_data()).status_code == 403
    assert client.get(url + "?gemeente=oosterbeemd").status_code == 403
    assert not PersonaRoute.objects.exists()
    assert client.post(url + "?gemeente=lindewaard", form_data()).status_code == 302
    assert list(PersonaRoute.objects.values_list("municipality__slug", flat=True)) == ["lindewaard"]


def test_the_service_refuses_a_route_for_a_municipality_the_user_does_not_work_for(
    shared, oosterbeemd, lindewaard_staff
):
    from django.core.exceptions import ValidationError

    from tests.personas.factories import record

    with pytest.raises(ValidationError):
        record(shared, oosterbeemd, lindewaard_staff.user)
    assert not PersonaRoute.objects.exists()


def test_someone_working_for_two_municipalities_chooses_which(
    client, shared, lindewaard, oosterbeemd, lindewaard_staff
):
    MembershipFactory(user=lindewaard_staff.user, municipality=oosterbeemd, role=Role.ANALIST)
    client.force_login(lindewaard_staff.user)
    url = BASE + f"{shared.pk}/route/?gemeente=oosterbeemd"
    assert client.post(url, form_data()).status_code == 302
    assert PersonaRoute.objects.get().municipality == oosterbeemd


def test_a_draft_is_seen_only_by_those_who_may_edit_it(
    client, region, reader, coordinator, lindewaard_staff, oosterbeemd_staff, lindewaard
):
    draft = make_persona(region, municipality=lindewaard, status=Persona.Status.CONCEPT)
    for user, status in (
        (reader.user, 404),
        (oosterbeemd_staff.user, 404),
        (lindewaard_staff.user, 200),
        (coordinator.user, 200),
    ):
        client.force_login(user)
        assert client.get(BASE + f"{draft.pk}/").status_code == status
        assert (draft.name in client.get(BASE).content.decode()) is (status == 200)
