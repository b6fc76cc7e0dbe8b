"""Dagboek: private link, entries during the period, private until the end, reminders by opt-in."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from samenspraak.diaries import services
from samenspraak.diaries.models import Diary, Entry, Reminder
from samenspraak.insights.models import Contribution
from samenspraak.organisations.roles import Role
from tests.factories import TrajectFactory

TODAY = datetime.date.today()


@pytest.fixture
def diary(municipality):
    diary = services.create_diary(
        traject=TrajectFactory(municipality=municipality),
        title="Mijn week met hulp",
        intro="Schrijf elke dag een paar zinnen.",
        days=7,
        prompts=["Wat ging goed?", "Waar liep u tegenaan?"],
    )
    return services.set_status(diary=diary, status="open")


@pytest.mark.django_db
def test_periods_shorter_than_a_week_are_refused(municipality):
    with pytest.raises(ValidationError):
        services.create_diary(
            traject=TrajectFactory(municipality=municipality),
            title="Kort",
            intro="x",
            days=5,
            prompts=[],
        )
    assert not Diary.objects.exists()


@pytest.mark.django_db
def test_private_link_writes_and_shows_own_entries(client, diary):
    participant, token = services.add_participant(diary=diary)
    assert participant.token_hash != token and len(token) >= 32
    page = client.get(f"/dagboek/{token}/").content.decode()
    assert "Wat ging goed?" in page  # day 1's question
    response = client.post(
        f"/dagboek/{token}/", {"schrijven": "", "mood": "4", "text": "Het wijkteam belde terug."}
    )
    assert response.status_code == 302
    entry = Entry.objects.get()
    assert (entry.mood, entry.prompt, entry.day) == (4, "Wat ging goed?", TODAY)
    assert "Het wijkteam belde terug." in client.get(f"/dagboek/{token}/").content.decode()
    assert not Contribution.objects.exists()  # private until the period ends
    assert client.get("/dagboek/geraden-token/").status_code == 404


@pytest.mark.django_db
def test_entry_errors_keep_the_text(client, diary):
    _participant, token = services.add_participant(diary=diary)
    html = client.post(
        f"/dagboek/{token}/", {"schrijven": "", "text": "Vandaag niets gehoord."}
    ).content.decode()
    assert "<title>Fout:" in html
    assert "Vandaag niets gehoord.</textarea>" in html
    assert not Entry.objects.exists()


@pytest.mark.django_db
def test_no_writing_outside_the_period(diary):
    participant, _token = services.add_participant(
        diary=diary, starts_on=TODAY - datetime.timedelta(days=10)
    )
    with pytest.raises(ValidationError):
        services.write_entry(participant=participant, mood=3, text="Te laat")
    assert not Entry.objects.exists()


@pytest.mark.django_db
def test_reminders_are_opt_in_and_never_contain_the_content(client, diary):
    participant, token = services.add_participant(diary=diary)
    assert services.daily() == (0, 0)  # nobody opted in
    client.post(f"/dagboek/{token}/", {"herinnering": "", "email": "Lid@Example.nl"})
    assert Reminder.objects.get().email == "lid@example.nl"
    assert services.daily() == (0, 1)
    message = mail.outbox[-1]
    assert message.to == ["lid@example.nl"]
    assert token not in message.body and "dagboek/" not in message.body
    services.write_entry(participant=participant, mood=2, text="Geheim verhaal over mijn buurman")
    mail.outbox.clear()
    assert services.daily() == (0, 0)  # already wrote today
    client.post(f"/dagboek/{token}/", {"herinnering": "", "email": ""})
    assert not Reminder.objects.exists()


@pytest.mark.django_db
def test_period_end_moves_entries_to_the_pool_and_deletes_the_address(diary):
    participant, _token = services.add_participant(diary=diary)
    services.write_entry(participant=participant, mood=2, text="Lang gewacht op een brief.")
    services.set_reminder(participant=participant, email="lid@example.nl")
    assert services.daily(today=participant.ends_on) == (0, 1)  # last day: a reminder still
    assert services.daily(today=participant.ends_on + datetime.timedelta(days=1)) == (1, 0)
    contribution = Contribution.objects.get()
    assert (contribution.source_type, contribution.score) == ("dagboekdeel", 2)
    assert contribution.text == "Lang gewacht op een brief."
    assert not Reminder.objects.exists()


@pytest.mark.django_db
def test_staff_see_entries_only_after_the_period(client, member_client, diary):
    member_client(Role.MEDEWERKER)
    base = f"/werkruimte/lindewaard/dagboeken/{diary.pk}/"
    response = client.post(base + "deelnemers/")
    page = client.get(response["Location"]).content.decode()
    assert "/dagboek/" in page  # the link, shown once
    assert "/dagboek/" not in client.get(base).content.decode()
    participant = diary.participants.get()
    services.write_entry(participant=participant, mood=5, text="Fijn gesprek gehad.")
    assert "Fijn gesprek gehad." not in client.get(base).content.decode()
    services.finish(participant=participant)
    assert "Fijn gesprek gehad." in client.get(base).content.decode()


@pytest.mark.django_db
def test_staff_create_diary(client, member_client, municipality):
    member_client(Role.MEDEWERKER)
    traject = TrajectFactory(municipality=municipality)
    html = client.post(
        "/werkruimte/lindewaard/dagboeken/nieuw/",
        {"traject": traject.pk, "title": "Dagboek", "intro": "Schrijf", "days": "3"},
    ).content.decode()
    assert "<title>Fout:" in html
    client.post(
        "/werkruimte/lindewaard/dagboeken/nieuw/",
        {
            "traject": traject.pk,
            "title": "Dagboek",
            "intro": "Schrijf",
            "days": "14",
            "prompts": "Een\n\nTwee",
        },
    )
    assert Diary.objects.get().prompts == ["Een", "Twee"]


@pytest.mark.django_db
def test_private_link_expires_a_month_after_the_period(client, diary):
    participant, token = services.add_participant(
        diary=diary, starts_on=TODAY - datetime.timedelta(days=36)
    )
    assert participant.link_expires_on == TODAY  # ended 30 days ago: last day of the link
    assert client.get(f"/dagboek/{token}/").status_code == 200
    participant.starts_on -= datetime.timedelta(days=1)
    participant.save()
    assert client.get(f"/dagboek/{token}/").status_code == 404


@pytest.mark.django_db
def test_export_has_only_finished_diaries(client, member_client, diary):
    import csv
    import io

    running, _ = services.add_participant(diary=diary)
    done, _ = services.add_participant(diary=diary)
    services.write_entry(participant=running, mood=3, text="Nog privé")
    services.write_entry(participant=done, mood=1, text="=cmd")
    services.finish(participant=done)
    member_client(Role.MEDEWERKER)
    base = f"/werkruimte/lindewaard/dagboeken/{diary.pk}/"
    assert client.get(base + "stukjes.csv").status_code == 403
    member_client(Role.ANALIST)
    body = b"".join(client.get(base + "stukjes.csv").streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))
    assert [(r["deelnemer"], r["tekst"], r["stemming"]) for r in rows] == [("2", "'=cmd", "1")]
    assert client.get(base + "stukjes.xlsx").status_code == 200
