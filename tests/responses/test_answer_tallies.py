"""Stored answer tallies: used as they are while nothing changed, topped up with only the new
responses, and counted again in full when an older response disappears or completes late."""

import datetime
import random

import pytest
from django.utils import timezone

from samenspraak.instruments import services as instrument_services
from samenspraak.instruments.models import Instrument
from samenspraak.responses import services as response_services
from samenspraak.responses import tallies
from samenspraak.responses.demo import ceo_answers
from samenspraak.responses.models import AnswerTally, Response
from samenspraak.responses.retention import expire_instrument
from tests.factories import TrajectFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def ceo(municipality):
    instrument = instrument_services.create_questionnaire(
        traject=TrajectFactory(municipality=municipality),
        template_key="ceo-wmo",
        title="",
        user=None,
    )
    instrument_services.publish(
        instrument=instrument, opens_on=None, closes_on=None, access=Instrument.Access.OPEN
    )
    return instrument


def answer(instrument, value):
    answers = ceo_answers(random.Random(5))
    answers["wist_waar"] = value
    return response_services.submit_complete(
        instrument=instrument, answers=answers, channel="online"
    )


def wist_waar(instrument) -> dict[str, int]:
    counts = tallies.answer_tallies([instrument])[instrument.pk]
    found = {}
    for (_round, key, value), n in counts.items():
        if key == "wist_waar":
            found[value] = found.get(value, 0) + n
    return found


@pytest.fixture
def counted(monkeypatch):
    """Which way the tally was made: "full" recounts and "added" (new responses only)."""
    calls = []
    full, count = tallies._full_count, tallies._count
    monkeypatch.setattr(
        tallies, "_full_count", lambda i, last: calls.append("full") or full(i, last)
    )
    monkeypatch.setattr(tallies, "_count", lambda a: calls.append("count") or count(a))
    return calls


def test_counts_per_value_and_stores_them(ceo):
    for value in ("5", "5", "2"):
        answer(ceo, value)
    assert wist_waar(ceo) == {"5": 2, "2": 1}
    stored = AnswerTally.objects.get(instrument=ceo)
    assert stored.responses == 3
    assert stored.last_response_id == Response.objects.latest("pk").pk


def test_an_unchanged_instrument_is_not_counted_again(ceo, counted):
    answer(ceo, "4")
    wist_waar(ceo)
    counted.clear()
    assert wist_waar(ceo) == {"4": 1}
    assert counted == []


def test_new_responses_are_added_without_a_full_count(ceo, counted):
    answer(ceo, "4")
    wist_waar(ceo)
    counted.clear()
    answer(ceo, "1")
    answer(ceo, "4")
    assert wist_waar(ceo) == {"4": 2, "1": 1}
    assert counted == ["count"]  # only the two new responses


def test_a_deleted_response_means_a_full_count(ceo, counted):
    first = answer(ceo, "4")
    answer(ceo, "2")
    wist_waar(ceo)
    first.delete()
    answer(ceo, "5")  # a newer one too: the number alone would look right
    counted.clear()
    assert wist_waar(ceo) == {"2": 1, "5": 1}
    assert "full" in counted


def test_an_older_response_completed_late_is_counted(ceo):
    waiting = response_services.start_response(instrument=ceo, channel="online")
    first = answer(ceo, "4")
    answer(ceo, "2")
    assert wist_waar(ceo) == {"4": 1, "2": 1}
    # One response leaves and an older one completes: the same number of responses and the
    # same newest id, but not the same set.
    first.delete()
    Response.objects.filter(pk=waiting.pk).update(status=Response.Status.COMPLETE)
    waiting.answers.create(question_key="wist_waar", value="5")
    assert wist_waar(ceo) == {"2": 1, "5": 1}


def test_totals_kept_after_retention_still_count(ceo):
    for value in ("5", "4", "1"):
        answer(ceo, value)
    assert wist_waar(ceo) == {"5": 1, "4": 1, "1": 1}
    ceo.retention_days = 1
    ceo.save(update_fields=["retention_days"])
    expire_instrument(ceo, datetime.date.today() + datetime.timedelta(days=30))
    assert not Response.objects.filter(instrument=ceo).exists()
    assert wist_waar(ceo) == {"5": 1, "4": 1, "1": 1}


def test_a_tally_is_checked_again_only_after_its_period(ceo, settings, counted):
    settings.ANSWER_TALLY_MAX_AGE = 300
    answer(ceo, "4")
    assert wist_waar(ceo) == {"4": 1}
    answer(ceo, "2")
    counted.clear()
    assert wist_waar(ceo) == {"4": 1}  # within five minutes: the stored figures, no counting
    assert counted == []

    AnswerTally.objects.update(checked_at=timezone.now() - datetime.timedelta(seconds=301))
    assert wist_waar(ceo) == {"4": 1, "2": 1}
    assert AnswerTally.objects.get().checked_at > timezone.now() - datetime.timedelta(seconds=5)


@pytest.mark.parametrize("already_counted", [False, True])
def test_a_response_completing_during_a_count_is_counted_once(ceo, monkeypatch, already_counted):
    """The stamp is read first and the answers after; a response in between waits for the next
    check instead of being counted now and again then (full count and top-up alike)."""
    answer(ceo, "4")
    if already_counted:
        wist_waar(ceo)
        answer(ceo, "2")
    stamps = tallies._stamps

    def stamp_then_answer(instruments):
        found = stamps(instruments)
        answer(ceo, "5")
        return found

    monkeypatch.setattr(tallies, "_stamps", stamp_then_answer)
    first = wist_waar(ceo)
    monkeypatch.setattr(tallies, "_stamps", stamps)

    assert first.get("5", 0) == 0
    assert wist_waar(ceo) == {"4": 1, "5": 1, **({"2": 1} if already_counted else {})}
