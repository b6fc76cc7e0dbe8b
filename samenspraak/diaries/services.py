"""Diaries: invite a participant with a private link, write entries, finish, remind."""

import hashlib
import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, Max, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspraak.insights.models import Contribution

from .models import Diary, Entry, Participant, Reminder
from .tasks import send_reminder

DIARY_CHANNEL = "dagboek"
# The questions of the day a new diary starts with; staff change them per diary.
DEFAULT_PROMPTS = [
    "Had u vandaag contact met iemand over hulp of ondersteuning? Hoe ging dat?",
    "Wat ging er vandaag goed?",
    "Waar liep u vandaag tegenaan?",
    "Wie hielp u vandaag, en hoe?",
    "Wat zou u morgen anders willen?",
]


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def create_diary(*, traject, title, intro, days, prompts, user=None) -> Diary:
    diary = Diary(
        municipality=traject.municipality,
        traject=traject,
        title=title.strip(),
        intro=intro.strip(),
        days=days,
        prompts=[p.strip()[:300] for p in prompts if p.strip()],
        created_by=user,
    )
    diary.full_clean()
    diary.save()
    return diary


@transaction.atomic
def set_status(*, diary: Diary, status: str) -> Diary:
    diary.status = status
    diary.full_clean()
    diary.save(update_fields=["status"])
    return diary


@transaction.atomic
def add_participant(*, diary: Diary, starts_on=None) -> tuple[Participant, str]:
    """A new participant and their private token; only the token's hash is stored."""
    if diary.status != Diary.Status.OPEN:
        raise ValidationError(_("Open the diary before you invite participants."))
    token = secrets.token_urlsafe(24)
    number = (diary.participants.aggregate(n=Max("number"))["n"] or 0) + 1
    participant = Participant.objects.create(
        diary=diary,
        number=number,
        token_hash=token_hash(token),
        starts_on=starts_on or timezone.localdate(),
    )
    return participant, token


def participant_for(token: str) -> Participant | None:
    """The participant behind a private link, while the link has not expired."""
    participant = (
        Participant.objects.select_related("diary", "diary__municipality")
        .filter(token_hash=token_hash(token))
        .first()
    )
    if participant is None or participant.link_expires_on < timezone.localdate():
        return None
    return participant


@transaction.atomic
def write_entry(*, participant: Participant, mood: int, text: str) -> Entry:
    today = timezone.localdate()
    if participant.diary.status != Diary.Status.OPEN:
        raise ValidationError(_("This diary is closed."))
    if not participant.starts_on <= today <= participant.ends_on:
        raise ValidationError(_("You can write in your diary only during its period."))
    entry = Entry(
        participant=participant,
        day=today,
        mood=mood,
        prompt=participant.diary.prompt_for(participant.day_number(today)),
        text=text.strip(),
    )
    entry.full_clean()
    entry.save()
    return entry


@transaction.atomic
def set_reminder(*, participant: Participant, email: str) -> None:
    """Opt in (an address) or out (empty) of daily reminders."""
    email = email.strip().lower()
    if not email:
        Reminder.objects.filter(participant=participant).delete()
        return
    reminder = Reminder(participant=participant, email=email)
    reminder.full_clean(exclude=["participant"])
    Reminder.objects.update_or_create(participant=participant, defaults={"email": email})


@transaction.atomic
def finish(*, participant: Participant) -> int:
    """End of the period: the entries join the evidence pool, the reminder address goes."""
    diary = participant.diary
    Reminder.objects.filter(participant=participant).delete()
    count = 0
    for entry in participant.entries.filter(contribution__isnull=True):
        entry.contribution = Contribution.objects.create(
            municipality_id=diary.municipality_id,
            traject_id=diary.traject_id,
            source_type=Contribution.SourceType.DIARY_ENTRY,
            channel=DIARY_CHANNEL,
            question_key="dagboek",
            question_text=entry.prompt,
            text=entry.text,
            created_on=entry.day,
            score=entry.mood,
        )
        entry.save(update_fields=["contribution"])
        count += 1
    participant.finished_on = timezone.localdate()
    participant.save(update_fields=["finished_on"])
    return count


def daily(*, today=None) -> tuple[int, int]:
    """Finish the periods that ended and queue today's reminders; run once a day."""
    today = today or timezone.localdate()
    finished = reminded = 0
    participants = (
        Participant.objects.select_related("diary", "reminder")
        .filter(finished_on__isnull=True)
        .annotate(wrote_today=Exists(Entry.objects.filter(participant=OuterRef("pk"), day=today)))
    )
    for participant in participants:
        if participant.ends_on < today:
            finish(participant=participant)
            finished += 1
        elif (
            participant.diary.status == Diary.Status.OPEN
            and participant.starts_on <= today
            and hasattr(participant, "reminder")
            and not participant.wrote_today
        ):
            send_reminder.enqueue(participant.pk)
            reminded += 1
    return finished, reminded
