import json

import pytest

from samenspraak.insights.models import Contribution
from samenspraak.responses.models import Answer, Response
from tests.factories import InstrumentFactory, TrajectFactory


@pytest.fixture
def instrument(municipality):
    return InstrumentFactory(traject=TrajectFactory(municipality=municipality))


def post(client, instrument, body):
    return client.post(
        f"/api/v1/vragenlijsten/{instrument.public_code}/antwoorden/",
        data=json.dumps(body) if not isinstance(body, str) else body,
        content_type="application/json",
    )


@pytest.mark.django_db
def test_complete_response_in_one_request(client, instrument):
    r = post(
        client,
        instrument,
        {
            "antwoorden": {
                "contact": "ja",
                "wachten": 3,
                "serieus": "5",
                "snel": "4",
                "beter": "Alles prima.",
            }
        },
    )
    assert r.status_code == 201
    saved = Response.objects.get()
    assert saved.status == "compleet"
    assert dict(Answer.objects.values_list("question_key", "value"))["wachten"] == 3
    assert Contribution.objects.get().text == "Alles prima."


@pytest.mark.django_db
def test_invalid_answers_are_listed_and_nothing_is_saved(client, instrument):
    r = post(client, instrument, {"antwoorden": {"contact": "ja", "wachten": 999, "serieus": "5"}})
    assert r.status_code == 422
    assert r.json()["fouten"] == {
        "wachten": "Vul een getal in tussen 0 en 365.",
        "stellingen": "Kies bij elke zin een antwoord.",
    }
    assert not Response.objects.exists()


@pytest.mark.django_db
def test_hidden_answers_are_ignored(client, instrument):
    post(
        client,
        instrument,
        {"antwoorden": {"contact": "nee", "wachten": 10, "serieus": "1", "snel": "1"}},
    )
    assert not Answer.objects.filter(question_key="wachten").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("body", ["geen json", {"iets": 1}, {"antwoorden": [1, 2]}])
def test_malformed_requests(client, instrument, body):
    assert post(client, instrument, body).status_code == 400


@pytest.mark.django_db
def test_closed_questionnaire(client, instrument):
    instrument.status = "gesloten"
    instrument.save()
    assert post(client, instrument, {"antwoorden": {}}).status_code == 410


@pytest.mark.django_db
def test_codes_are_required_and_used_once(client, municipality):
    from samenspraak.instruments.services import generate_codes

    instrument = InstrumentFactory(
        traject=TrajectFactory(municipality=municipality), access="codes"
    )
    code = generate_codes(instrument=instrument, count=1)[0].code
    answers = {"contact": "nee", "serieus": "2", "snel": "2"}
    assert post(client, instrument, {"antwoorden": answers}).status_code == 422
    assert post(client, instrument, {"antwoorden": answers, "code": code}).status_code == 201
    assert post(client, instrument, {"antwoorden": answers, "code": code}).status_code == 422
    assert Response.objects.count() == 1


@pytest.mark.django_db
def test_code_started_on_the_web_is_finished_by_the_app(client, municipality):
    """The same person continues: their half-filled response is completed, not duplicated."""
    from samenspraak.instruments.services import generate_codes
    from samenspraak.responses.services import start_response

    instrument = InstrumentFactory(
        traject=TrajectFactory(municipality=municipality), access="codes"
    )
    code = generate_codes(instrument=instrument, count=1)[0].code
    started = start_response(instrument=instrument, channel="online", code=code)
    answers = {"contact": "nee", "serieus": "2", "snel": "2"}
    assert post(client, instrument, {"antwoorden": answers, "code": code}).status_code == 201
    finished = Response.objects.get()
    assert finished.pk == started.pk
    assert finished.status == "compleet"
    assert finished.invitation_code.used_on == finished.submitted_on
    assert Answer.objects.filter(response=finished).count() == 3


@pytest.mark.django_db
def test_changes_through_the_services_reach_the_intake_at_once(
    client, instrument, django_capture_on_commit_callbacks
):
    """The intake caches the instrument; closing it must still refuse the very next answer."""
    from samenspraak.instruments import services as instrument_services

    answers = {"antwoorden": {"contact": "nee", "serieus": "5", "snel": "4"}}
    assert post(client, instrument, answers).status_code == 201
    with django_capture_on_commit_callbacks(execute=True):
        instrument_services.close(instrument=instrument)
    assert post(client, instrument, answers).status_code == 410


@pytest.mark.django_db
def test_a_new_version_is_validated_at_once(client, instrument, django_capture_on_commit_callbacks):
    from samenspraak.instruments import services as instrument_services

    answers = {"antwoorden": {"contact": "nee", "serieus": "5", "snel": "4"}}
    assert post(client, instrument, answers).status_code == 201  # freezes version 1
    definition = instrument.current_version.definition
    definition["sections"][0]["questions"].append(
        {"key": "nieuw", "type": "yes_no", "text": "Nieuwe vraag?", "required": True}
    )
    with django_capture_on_commit_callbacks(execute=True):
        instrument_services.save_definition(instrument=instrument, definition=definition)
    response = post(client, instrument, answers)
    assert response.status_code == 422
    assert "nieuw" in response.json()["fouten"]


@pytest.mark.django_db
def test_other_changes_are_seen_after_the_cache_time(client, instrument, settings):
    """A change that bypasses the services (the admin, another server) waits for the cache."""
    from django.core.cache import cache

    from samenspraak.instruments.models import Instrument

    answers = {"antwoorden": {"contact": "nee", "serieus": "5", "snel": "4"}}
    assert post(client, instrument, answers).status_code == 201
    Instrument.objects.filter(pk=instrument.pk).update(status="gesloten")
    assert post(client, instrument, answers).status_code == 201  # still cached
    cache.clear()  # what expiry does after INTAKE_INSTRUMENT_CACHE_SECONDS
    assert post(client, instrument, answers).status_code == 410


@pytest.mark.django_db
def test_cache_can_be_turned_off(client, instrument, settings):
    from samenspraak.instruments.models import Instrument

    settings.INTAKE_INSTRUMENT_CACHE_SECONDS = 0
    answers = {"antwoorden": {"contact": "nee", "serieus": "5", "snel": "4"}}
    assert post(client, instrument, answers).status_code == 201
    Instrument.objects.filter(pk=instrument.pk).update(status="gesloten")
    assert post(client, instrument, answers).status_code == 410


@pytest.mark.django_db
def test_unknown_code(client):
    response = client.post(
        "/api/v1/vragenlijsten/bestaatniet/antwoorden/",
        data="{}",
        content_type="application/json",
    )
    assert response.status_code == 404
