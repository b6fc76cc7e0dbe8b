"""E-mail about new versions: confirmed opt-in, once per resident per version, unsubscribe
without login, and no address left once the traject closes."""

import pytest
from django.core import mail

from samenspraak.feedback import services, tasks
from samenspraak.feedback.models import Notification, Subscription
from samenspraak.trajects.services import update_traject
from tests.factories import InstrumentFactory, JourneyFactory, StoryPointFactory, WalkFactory

from .conftest import page_url

pytestmark = pytest.mark.django_db


def confirmed(traject, email):
    return services.subscribe(traject=traject, email=email, source="terugkoppeling", confirmed=True)


def test_subscribing_on_the_page_asks_for_confirmation(
    client, publish, traject, django_capture_on_commit_callbacks
):
    publish()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            page_url(traject, "op-de-hoogte-blijven/"), {"email": "A@Example.org"}
        )
    assert response.status_code == 200
    subscription = Subscription.objects.get()
    assert subscription.email == "a@example.org"
    assert not subscription.confirmed
    assert len(mail.outbox) == 1
    assert f"/terugkoppeling/bevestigen/{subscription.token}/" in mail.outbox[0].body
    client.get(f"/terugkoppeling/bevestigen/{subscription.token}/")
    subscription.refresh_from_db()
    assert subscription.confirmed


def test_a_wrong_address_gets_a_dutch_error_and_is_kept(client, publish, traject):
    publish()
    html = client.post(page_url(traject, "op-de-hoogte-blijven/"), {"email": "geen-adres"})
    assert "geen-adres" in html.content.decode()
    assert not Subscription.objects.exists()


def test_each_confirmed_subscriber_gets_one_mail_per_version(
    publish, traject, django_capture_on_commit_callbacks
):
    confirmed(traject, "een@example.org")
    confirmed(traject, "twee@example.org")
    services.subscribe(traject=traject, email="nooit@example.org", source="terugkoppeling")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publication = publish()
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == ["een@example.org", "twee@example.org"]
    message = mail.outbox[0]
    assert publication.get_absolute_url() in message.body
    assert "/terugkoppeling/afmelden/" in message.extra_headers["List-Unsubscribe"]
    tasks.announce.enqueue(publication.pk)  # a retried announcement mails nobody twice
    assert len(mail.outbox) == 2
    assert Notification.objects.filter(sent_at__isnull=False).count() == 2


def test_unsubscribe_works_without_login_and_a_get_only_asks(client, traject):
    subscription = confirmed(traject, "een@example.org")
    url = f"/terugkoppeling/afmelden/{subscription.token}/"
    assert client.get(url).status_code == 200
    assert Subscription.objects.exists()
    client.post(url)
    assert not Subscription.objects.exists()


def test_one_click_unsubscribe_from_a_mail_program_needs_no_form(traject):
    from django.test import Client

    subscription = confirmed(traject, "een@example.org")
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        f"/terugkoppeling/afmelden/{subscription.token}/",
        {"List-Unsubscribe": "One-Click"},
    )
    assert response.status_code == 200
    assert not Subscription.objects.exists()


def test_closing_the_traject_deletes_every_address(traject):
    confirmed(traject, "een@example.org")
    services.subscribe(traject=traject, email="twee@example.org", source="vragenlijst")
    update_traject(traject=traject, status="afgerond")
    assert not Subscription.objects.filter(traject=traject).exists()


@pytest.mark.parametrize("kind", ["vragenlijst", "vertelpunt", "schouw", "klantreis"])
def test_every_way_of_taking_part_offers_news(client, traject, kind):
    factory = {
        "vragenlijst": lambda: InstrumentFactory(traject=traject, status="gepubliceerd"),
        "vertelpunt": lambda: StoryPointFactory(traject=traject),
        "schouw": lambda: WalkFactory(traject=traject),
        "klantreis": lambda: JourneyFactory(traject=traject),
    }[kind]
    item = factory()
    url = f"/terugkoppeling/aanmelden/{kind}/{item.public_code}/"
    assert item.title in client.get(url).content.decode()
    client.post(url, {"email": "inwoner@example.org"})
    subscription = Subscription.objects.get()
    assert (subscription.traject, subscription.source) == (traject, kind)


def test_a_diary_participant_can_ask_for_news(client, traject):
    from samenspraak.diaries.services import add_participant, create_diary, set_status

    diary = create_diary(
        traject=traject,
        title="Mijn week",
        intro="Schrijf.",
        days=7,
        prompts=["Hoe ging het vandaag?"],
    )
    set_status(diary=diary, status="open")
    _participant, token = add_participant(diary=diary)
    url = f"/terugkoppeling/aanmelden/dagboek/{token}/"
    assert "Mijn week" in client.get(url).content.decode()
    client.post(url, {"email": "inwoner@example.org"})
    assert Subscription.objects.get().source == "dagboek"


def test_an_unknown_code_offers_nothing(client):
    assert client.get("/terugkoppeling/aanmelden/vertelpunt/bestaatniet/").status_code == 404
    assert client.get("/terugkoppeling/aanmelden/iets/abc/").status_code == 404


def test_the_questionnaire_thank_you_page_subscribes_to_the_traject(client, traject):
    instrument = InstrumentFactory(traject=traject, status="gepubliceerd")
    session = client.session
    session["bedankt"] = instrument.pk
    session.save()
    client.post(f"/doe-mee/{instrument.public_code}/bedankt/", {"email": "inwoner@example.org"})
    subscription = Subscription.objects.get()
    assert (subscription.traject, subscription.source) == (traject, "vragenlijst")
    assert not subscription.confirmed


def test_asking_twice_keeps_one_address_and_says_nothing_about_it(
    client, publish, traject, django_capture_on_commit_callbacks
):
    publish()
    url = page_url(traject, "op-de-hoogte-blijven/")
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(url, {"email": "een@example.org"})
        second = client.post(url, {"email": "EEN@example.org"})
    for response in (first, second):
        assert "We stuurden u een e-mail." in response.content.decode()
    assert Subscription.objects.count() == 1
    assert len(mail.outbox) == 2  # not confirmed yet: the link is sent again
    Subscription.objects.update(confirmed=True)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"email": "een@example.org"})
    assert len(mail.outbox) == 2
