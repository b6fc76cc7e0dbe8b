import pytest

from samenspraak.organisations.roles import Role
from samenspraak.responses.models import Response
from tests.factories import InstrumentFactory, TrajectFactory, questionnaire_definition


@pytest.fixture
def instrument(municipality):
    definition = questionnaire_definition(
        respondent_groups=[
            {"value": "inwoner", "label": "Inwoner"},
            {"value": "mantelzorger", "label": "Mantelzorger"},
        ]
    )
    return InstrumentFactory(traject=TrajectFactory(municipality=municipality), version=definition)


def answer_all(client, instrument):
    base = f"/doe-mee/{instrument.public_code}/"
    client.post(base + "vraag/1/", {"contact": "nee"})
    client.post(base + "vraag/2/", {"serieus": "3", "snel": "3"})
    client.post(base + "vraag/3/", {})
    client.post(base + "vraag/4/", {"beter": "Meer uitleg op papier."})
    return client.post(base + "controleren/", {})


@pytest.mark.django_db
def test_volunteer_enters_answers_with_channel_and_group(client, member_client, instrument):
    member_client(Role.VRIJWILLIGER)
    url = f"/werkruimte/lindewaard/instrumenten/{instrument.pk}/invoeren/"
    page = client.get(url).content.decode()
    assert "Mantelzorger" in page
    r = client.post(url, {"channel": "straat", "respondent_group": "mantelzorger"})
    assert r.url == f"/doe-mee/{instrument.public_code}/vraag/1/"
    thanks = client.get(answer_all(client, instrument).url).content.decode()
    assert "Volgende inwoner invoeren" in thanks
    saved = Response.objects.get()
    assert (saved.channel, saved.respondent_group, saved.status) == (
        "straat",
        "mantelzorger",
        "compleet",
    )
    assert saved.contributions.get().channel == "straat"


@pytest.mark.django_db
def test_assisted_entry_requires_a_channel(client, member_client, instrument):
    member_client(Role.VRIJWILLIGER)
    page = client.post(
        f"/werkruimte/lindewaard/instrumenten/{instrument.pk}/invoeren/", {}
    ).content.decode()
    assert "Kies hoe u de antwoorden ophaalt." in page
    assert not Response.objects.exists()


@pytest.mark.django_db
def test_adviesraad_cannot_enter_answers(client, member_client, instrument):
    member_client(Role.ADVIESRAAD)
    assert (
        client.get(f"/werkruimte/lindewaard/instrumenten/{instrument.pk}/invoeren/").status_code
        == 403
    )


@pytest.mark.django_db
def test_kiosk_restarts_without_previous_answers(client, member_client, instrument):
    member_client(Role.MEDEWERKER)
    r = client.post(f"/werkruimte/lindewaard/instrumenten/{instrument.pk}/kiosk/", follow=True)
    assert r.request["PATH_INFO"] == f"/doe-mee/{instrument.public_code}/"
    # The staff login does not survive on a public tablet.
    assert client.get("/werkruimte/lindewaard/").status_code == 302

    base = f"/doe-mee/{instrument.public_code}/"
    client.post(base, {})
    page = client.get(base + "vraag/1/").content.decode()
    assert 'http-equiv="refresh"' in page and "volgende-persoon" in page
    thanks = client.get(answer_all(client, instrument).url).content.decode()
    assert "Volgende persoon" in thanks
    assert "Houd mij op de hoogte" not in thanks  # no e-mail field on a shared device
    assert Response.objects.get().channel == "kiosk"

    client.get(base + "volgende-persoon/")
    client.post(base, {})
    client.post(base + "vraag/1/", {"contact": "ja"})
    client.get(base + "volgende-persoon/")  # walks away halfway
    assert Response.objects.count() == 1  # the abandoned one is gone
    client.post(base, {})
    assert "checked" not in client.get(base + "vraag/1/").content.decode()


@pytest.mark.django_db
def test_kiosk_restart_does_nothing_outside_kiosk_mode(client, instrument):
    base = f"/doe-mee/{instrument.public_code}/"
    client.post(base, {})
    client.get(base + "volgende-persoon/")
    assert Response.objects.count() == 1
