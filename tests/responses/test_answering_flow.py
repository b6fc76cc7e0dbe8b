"""The whole resident flow without JavaScript, through Django's test client."""

import re

import pytest

from samenspraak.insights.models import Contribution
from samenspraak.responses.models import Answer, Response
from tests.factories import InstrumentFactory


@pytest.fixture
def instrument(municipality):
    from tests.factories import TrajectFactory

    return InstrumentFactory(traject=TrajectFactory(municipality=municipality))


def url(instrument, tail=""):
    return f"/doe-mee/{instrument.public_code}/{tail}"


def start(client, instrument):
    response = client.post(url(instrument), {})
    assert response.status_code == 302
    return response


@pytest.mark.django_db
def test_start_page_says_who_why_how_long_and_voluntary(client, instrument):
    html = client.get(url(instrument)).content.decode()
    assert "<h1" in html and instrument.title in html
    assert "Gemeente Lindewaard wil weten" in html
    assert "ongeveer 3 minuten" in html
    assert "eigen keuze" in html
    assert "/privacy/" in html
    assert "Inloggen voor medewerkers" not in html


@pytest.mark.django_db
def test_complete_flow_with_skip_logic_review_and_thanks(client, instrument):
    assert start(client, instrument).url == url(instrument, "vraag/1/")
    page = client.get(url(instrument, "vraag/1/")).content.decode()
    assert "Vraag 1 van 4" in page  # "wachten" is hidden until contact = ja
    assert "<title>Had u contact met het wijkteam?" in page

    r = client.post(url(instrument, "vraag/1/"), {"contact": "ja"})
    assert r.url == url(instrument, "vraag/2/")
    assert "Vraag 2 van 5" in client.get(r.url).content.decode()
    r = client.post(url(instrument, "vraag/2/"), {"wachten": "12"})
    r = client.post(url(instrument, "vraag/3/"), {"serieus": "4", "snel": "weet_niet"})
    r = client.post(url(instrument, "vraag/4/"), {"gevoel": "2"})
    r = client.post(url(instrument, "vraag/5/"), {"beter": "Sneller terugbellen graag."})
    assert r.url == url(instrument, "controleren/")

    review = client.get(r.url).content.decode()
    assert "Sneller terugbellen graag." in review
    assert "Slecht" in review  # the smiley's words, not its number
    assert "Weet ik niet / niet van toepassing" in review

    r = client.post(url(instrument, "controleren/"), {})
    assert r.url == url(instrument, "bedankt/")
    thanks = client.get(r.url).content.decode()
    assert "Uw antwoorden zijn verstuurd." in thanks
    assert "In juni leest u op onze website" in thanks

    saved = Response.objects.get()
    assert saved.status == Response.Status.COMPLETE
    assert saved.draft == {}
    answers = dict(Answer.objects.values_list("question_key", "value"))
    assert answers == {
        "contact": "ja",
        "wachten": 12,
        "serieus": "4",
        "snel": "weet_niet",
        "gevoel": "2",
        "beter": "Sneller terugbellen graag.",
    }
    contribution = Contribution.objects.get()
    assert contribution.text == "Sneller terugbellen graag."
    assert contribution.question_text == "Wat kan beter?"
    assert contribution.traject == instrument.traject
    assert contribution.round == saved.round
    assert contribution.channel == "online"


@pytest.mark.django_db
def test_error_keeps_what_was_typed_and_links_to_the_field(client, instrument):
    start(client, instrument)
    client.post(url(instrument, "vraag/1/"), {"contact": "ja"})
    page = client.post(url(instrument, "vraag/2/"), {"wachten": "duizend"}).content.decode()
    assert "<title>Fout: Hoeveel dagen wachtte u?" in page
    assert 'href="#wachten-input"' in page
    assert 'value="duizend"' in page
    assert "Vul een getal in, bijvoorbeeld 12." in page
    assert 'aria-describedby="wachten-help wachten-error"' in page


@pytest.mark.django_db
def test_previous_never_loses_answers(client, instrument):
    start(client, instrument)
    client.post(url(instrument, "vraag/1/"), {"contact": "ja"})
    r = client.post(url(instrument, "vraag/2/"), {"wachten": "5", "actie": "vorige"})
    assert r.url == url(instrument, "vraag/1/")
    page = client.get(r.url).content.decode()
    assert 'value="ja" id="contact-input" checked' in page
    assert 'value="5"' in client.get(url(instrument, "vraag/2/")).content.decode()


@pytest.mark.django_db
def test_changing_an_earlier_answer_drops_hidden_answers(client, instrument):
    start(client, instrument)
    client.post(url(instrument, "vraag/1/"), {"contact": "ja"})
    client.post(url(instrument, "vraag/2/"), {"wachten": "5"})
    client.post(url(instrument, "vraag/1/"), {"contact": "nee"})
    client.post(url(instrument, "vraag/2/"), {"serieus": "4", "snel": "4"})
    client.post(url(instrument, "controleren/"), {})
    assert Response.objects.get().status == Response.Status.COMPLETE
    assert not Answer.objects.filter(question_key="wachten").exists()


@pytest.mark.django_db
def test_required_questions_block_sending(client, instrument):
    start(client, instrument)
    page = client.post(url(instrument, "controleren/"), {}).content.decode()
    assert "<title>Fout:" in page
    assert "Er missen nog antwoorden" in page
    assert Response.objects.get().status == Response.Status.BUSY
    assert not Answer.objects.exists()


@pytest.mark.django_db
def test_save_and_continue_later_with_a_private_link(client, instrument):
    start(client, instrument)
    client.post(url(instrument, "vraag/1/"), {"contact": "ja"})
    r = client.post(url(instrument, "vraag/2/"), {"wachten": "7", "actie": "later"})
    assert r.url == url(instrument, "later-verder/")
    page = client.get(r.url).content.decode()
    link = re.search(r'href="(http://testserver/doe-mee/\w+/verder/[^"]+/)"', page).group(1)

    other_device = type(client)()
    r = other_device.get(link.replace("http://testserver", ""))
    assert r.url == url(instrument, "vraag/3/")
    assert 'value="7"' in other_device.get(url(instrument, "vraag/2/")).content.decode()


@pytest.mark.django_db
def test_resume_link_cannot_be_guessed_or_reused_after_sending(client, instrument):
    assert client.get(url(instrument, "verder/raadsel/")).status_code == 404
    start(client, instrument)
    client.post(url(instrument, "vraag/1/"), {"contact": "nee", "actie": "later"})
    token = Response.objects.get().resume_token_hash
    assert len(token) == 64  # only a hash is stored


@pytest.mark.django_db
def test_closed_instrument_takes_no_answers(client, instrument):
    instrument.status = "gesloten"
    instrument.save()
    response = client.get(url(instrument))
    assert response.status_code == 410
    assert "gesloten" in response.content.decode()
    assert client.post(url(instrument), {}).status_code == 410


@pytest.mark.django_db
def test_end_date_closes_the_questionnaire(client, instrument):
    import datetime

    instrument.closes_on = datetime.date.today() - datetime.timedelta(days=1)
    instrument.save()
    assert client.get(url(instrument)).status_code == 410


@pytest.mark.django_db
def test_honeypot_creates_nothing(client, instrument):
    client.post(url(instrument), {"website": "http://spam.example"})
    assert not Response.objects.exists()


@pytest.mark.django_db
def test_no_ip_or_time_is_stored(client, instrument):
    start(client, instrument)
    fields = {f.name for f in Response._meta.get_fields()}
    assert not {"ip", "ip_address", "user_agent", "created_at"} & fields


@pytest.mark.django_db
def test_open_questionnaires_are_listed_on_the_public_page(client, instrument):
    html = client.get("/gemeente/lindewaard/").content.decode()
    assert f"/doe-mee/{instrument.public_code}/" in html
    instrument.status = "gesloten"
    instrument.save()
    assert (
        f"/doe-mee/{instrument.public_code}/"
        not in client.get("/gemeente/lindewaard/").content.decode()
    )
