"""Answer tallies per instrument, kept in the database and brought up to date when read.

A comparison of 30 municipalities reads the answers of 1.5 million responses; counting them
on every page view takes seconds. Each instrument's tally (``AnswerTally``) is therefore kept,
shared by every app process and surviving restarts. Once it is older than
``ANSWER_TALLY_MAX_AGE`` it is checked against the instrument's complete responses (their
number, newest id and sum of ids, one grouped query for all instruments due; the sum changes
when one response replaces another). That check still reads every response's index entry, so
it runs at most once per period, not on every view:

- unchanged: the stored tally is used as it is;
- only newer responses came in: their answers are counted and added;
- anything else (a response deleted, by retention or on request; an older response completed
  late): the instrument is counted again in full, retained totals included.

Every count stops at the newest response id of the stamp it is stored with: a response that
completes while an instrument is being counted is left for the next check, instead of being
counted now and again then.
"""

from collections import Counter
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from .models import Answer, AnswerTally, Response, RetainedCount
from .selectors import complete_responses


def _plain(value) -> str:
    """Comparisons count single values; a multiple choice or matrix cell counts as empty."""
    return str(value) if not isinstance(value, (list, dict)) else ""


def _count(answers) -> Counter:
    rows = (
        answers.values("response__round_id", "question_key", "value")
        .annotate(n=Count("pk"))
        .values_list("response__round_id", "question_key", "value", "n")
        .order_by()
    )
    counts: Counter = Counter()
    for round_id, key, value, n in rows:
        counts[(round_id, key, _plain(value))] += n
    return counts


def _full_count(instrument, last: int) -> Counter:
    counted = complete_responses(instrument).filter(pk__lte=last)
    counts = _count(Answer.objects.filter(response__in=counted))
    retained = RetainedCount.objects.filter(
        instrument=instrument, kind=RetainedCount.Kind.ANSWER
    ).values_list("round_id", "key", "value", "n")
    for round_id, key, value, n in retained:
        counts[(round_id, key, value)] += n
    return counts


def _stored(tally: AnswerTally) -> Counter:
    return Counter({(r, key, value): n for r, key, value, n in tally.counts})


def _brought_up_to_date(instrument, tally, stamp: tuple[int, int, int]) -> Counter:
    last, total, id_sum = stamp
    if tally is not None and last > tally.last_response_id:
        newer = complete_responses(instrument).filter(pk__gt=tally.last_response_id, pk__lte=last)
        added = newer.aggregate(n=Count("pk"), ids=Coalesce(Sum("pk"), 0))
        if (tally.responses + added["n"], tally.response_id_sum + added["ids"]) == (
            total,
            id_sum,
        ):
            counts = _stored(tally)
            counts.update(_count(Answer.objects.filter(response__in=newer)))
            return counts
    return _full_count(instrument, last)


def _store(instrument, counts: Counter, stamp: tuple[int, int, int], now) -> None:
    last, total, id_sum = stamp
    rows = [[r, key, value, n] for (r, key, value), n in sorted(counts.items(), key=str)]
    try:
        with transaction.atomic():
            AnswerTally.objects.update_or_create(
                instrument=instrument,
                defaults={
                    "last_response_id": last,
                    "responses": total,
                    "response_id_sum": id_sum,
                    "counts": rows,
                    "checked_at": now,
                },
            )
    except IntegrityError:
        pass  # another request stored the same tally at the same moment


def _stamps(instruments) -> dict[int, tuple[int, int, int]]:
    return {
        row["instrument_id"]: (row["last"], row["n"], row["ids"])
        for row in Response.objects.filter(
            instrument__in=instruments, status=Response.Status.COMPLETE
        )
        .values("instrument_id")
        .annotate(last=Max("pk"), n=Count("pk"), ids=Sum("pk"))
        .order_by()
    }


def answer_tallies(instruments) -> dict[int, Counter]:
    """Instrument id → Counter of (round id, question key, value) → answers."""
    instruments = list(instruments)
    now = timezone.now()
    checked_after = now - timedelta(seconds=settings.ANSWER_TALLY_MAX_AGE)
    stored = {t.instrument_id: t for t in AnswerTally.objects.filter(instrument__in=instruments)}
    due = [
        instrument
        for instrument in instruments
        if instrument.pk not in stored
        or not settings.ANSWER_TALLY_MAX_AGE
        or stored[instrument.pk].checked_at <= checked_after
    ]
    stamps = _stamps(due) if due else {}
    due_ids = {instrument.pk for instrument in due}
    unchanged, tallies = [], {}
    for instrument in instruments:
        tally = stored.get(instrument.pk)
        if instrument.pk not in due_ids:
            tallies[instrument.pk] = _stored(tally)
            continue
        stamp = stamps.get(instrument.pk, (0, 0, 0))
        if (
            tally is not None
            and (
                tally.last_response_id,
                tally.responses,
                tally.response_id_sum,
            )
            == stamp
        ):
            unchanged.append(tally.pk)
            tallies[instrument.pk] = _stored(tally)
            continue
        counts = _brought_up_to_date(instrument, tally, stamp)
        _store(instrument, counts, stamp, now)
        tallies[instrument.pk] = counts
    if unchanged:
        AnswerTally.objects.filter(pk__in=unchanged).update(checked_at=now)
    return tallies
