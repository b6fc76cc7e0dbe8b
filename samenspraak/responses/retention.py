"""Retention: single answers are deleted when their period ends; totals stay.

Run daily (cron or the task worker): ``python manage.py apply_retention``. Before deleting, the
answers are folded into ``RetainedCount`` rows, which the results pages add to the live counts,
so figures do not change when raw data disappears.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F

from samenspraak.feedback.models import Subscription
from samenspraak.instruments.models import Instrument

from .export_files import delete_expired
from .models import Answer, Response, RetainedCount

UNFINISHED_DAYS = getattr(settings, "UNFINISHED_RESPONSE_DAYS", 30)
FEEDBACK_CONTACT_DAYS = getattr(settings, "FEEDBACK_CONTACT_DAYS", 365)


@dataclass(frozen=True)
class RetentionReport:
    responses_deleted: int
    unfinished_deleted: int
    contacts_deleted: int


def _add(instrument, round_id, kind, key, value, n):
    row, _created = RetainedCount.objects.get_or_create(
        instrument=instrument, round_id=round_id, kind=kind, key=key, value=str(value)[:200]
    )
    RetainedCount.objects.filter(pk=row.pk).update(n=F("n") + n)


def _answer_values(value):
    values = value["choice"] if isinstance(value, dict) else value
    return values if isinstance(values, list) else [values]


@transaction.atomic
def expire_instrument(instrument: Instrument, today) -> int:
    cutoff = today - timedelta(days=instrument.retention_days)
    expired = Response.objects.filter(
        instrument=instrument, status=Response.Status.COMPLETE, submitted_on__lt=cutoff
    )
    counts: Counter = Counter()
    for round_id, day, channel in expired.values_list("round_id", "submitted_on", "channel"):
        counts[(round_id, RetainedCount.Kind.DAY, "", day.isoformat())] += 1
        counts[(round_id, RetainedCount.Kind.CHANNEL, "", channel)] += 1
    answers = Answer.objects.filter(response__in=expired).values_list(
        "response__round_id", "question_key", "value"
    )
    for round_id, key, value in answers.iterator(chunk_size=5000):
        for item in _answer_values(value):
            counts[(round_id, RetainedCount.Kind.ANSWER, key, item)] += 1
    for (round_id, kind, key, value), n in counts.items():
        _add(instrument, round_id, kind, key, value, n)
    _total, per_model = expired.delete()
    return per_model.get(Response._meta.label, 0)


def apply_retention(today) -> RetentionReport:
    deleted = sum(expire_instrument(instrument, today) for instrument in Instrument.objects.all())
    _total, unfinished = Response.objects.filter(
        status=Response.Status.BUSY, started_on__lt=today - timedelta(days=UNFINISHED_DAYS)
    ).delete()
    contacts, _detail = Subscription.objects.filter(
        created_on__lt=today - timedelta(days=FEEDBACK_CONTACT_DAYS)
    ).delete()
    delete_expired()  # raw-data export files past their time
    return RetentionReport(deleted, unfinished.get(Response._meta.label, 0), contacts)
