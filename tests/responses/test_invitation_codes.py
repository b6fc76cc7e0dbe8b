import pytest

from samenspraak.instruments.services import generate_codes
from samenspraak.responses.models import Response
from tests.factories import InstrumentFactory, TrajectFactory


@pytest.fixture
def instrument(municipality):
    instrument = InstrumentFactory(
        traject=TrajectFactory(municipality=municipality), access="codes"
    )
    generate_codes(instrument=instrument, count=2)
    return instrument


def answer_all(client, instrument):
    base = f"/doe-mee/{instrument.public_code}/"
    client.post(base + "vraag/1/", {"contact": "nee"})
    client.post(base + "vraag/2/", {"serieus": "5", "snel": "5"})
    client.post(base + "vraag/3/", {})
    client.post(base + "vraag/4/", {})
    return client.post(base + "controleren/", {})


@pytest.mark.django_db
def test_a_code_answers_once(client, instrument):
    code = instrument.codes.first()
    base = f"/doe-mee/{instrument.public_code}/"
    assert "Uw code" in client.get(base).content.decode()
    assert client.post(base, {"code": code.code.upper()}).status_code == 302
    assert answer_all(client, instrument).url.endswith("/bedankt/")
    code.refresh_from_db()
    assert code.used_on is not None

    again = type(client)()
    page = again.post(base, {"code": code.code}).content.decode()
    assert "Deze code is al gebruikt." in page
    assert Response.objects.count() == 1


@pytest.mark.django_db
def test_wrong_or_missing_code_is_explained(client, instrument):
    base = f"/doe-mee/{instrument.public_code}/"
    assert "Vul de code uit uw brief in." in client.post(base, {"code": ""}).content.decode()
    page = client.post(base, {"code": "verkeerd"}).content.decode()
    assert "Deze code klopt niet." in page
    assert 'value="verkeerd"' in page
    assert not Response.objects.exists()


@pytest.mark.django_db
def test_same_code_twice_before_sending_continues_the_same_response(client, instrument):
    code = instrument.codes.first().code
    base = f"/doe-mee/{instrument.public_code}/"
    client.post(base, {"code": code})
    other = type(client)()
    other.post(base, {"code": code})
    assert Response.objects.count() == 1
