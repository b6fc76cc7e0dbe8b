"""A failing task is retried with growing pauses, then recorded as failed; never lost."""

import datetime

import pytest
from django.db import connection, transaction
from django.utils import timezone
from django_tasks import TaskResultStatus

from samenspraak.core import services
from samenspraak.core.models import BackgroundTask
from tests.core.background_helpers import add, always_fails, broken_query, fails_once

pytestmark = pytest.mark.django_db
Status = BackgroundTask.Status


def test_a_failing_task_backs_off_longer_each_time_and_then_fails(municipality):
    result = always_fails.enqueue(municipality_pk=municipality.pk)
    assert result.status == TaskResultStatus.READY
    backend = always_fails.get_backend()

    delays = []
    for attempt in range(1, 6):
        entry = BackgroundTask.objects.get(pk=result.id)
        assert entry.attempts == attempt
        if attempt == 5:
            break
        assert entry.status == Status.RETRYING
        delays.append((entry.next_attempt_at - entry.updated_at).total_seconds())
        # Not before its time ...
        assert (
            backend.process_due(now=entry.next_attempt_at - datetime.timedelta(seconds=1)).ran == 0
        )
        # ... and at its time.
        assert backend.process_due(now=entry.next_attempt_at).ran == 1

    assert delays == [60, 240, 960, 3600]  # 1, 4, 16 minutes, then at most an hour
    assert entry.status == Status.FAILED
    assert entry.next_attempt_at is None
    assert entry.finished_at is not None
    assert entry.error_class == "builtins.RuntimeError"
    assert entry.last_error.startswith("RuntimeError: Recipient [e-mail] refused")
    assert "jan" not in entry.last_error
    assert "12345678" not in entry.last_error
    assert "1234 AB" not in entry.last_error
    assert always_fails.get_result(result.id).status == TaskResultStatus.FAILED

    # A failed task stays failed until staff try it again.
    later = timezone.now() + datetime.timedelta(days=1)
    assert backend.process_due(now=later).ran == 0


def test_a_task_that_fails_once_succeeds_on_its_retry():
    result = fails_once.enqueue()
    entry = BackgroundTask.objects.get(pk=result.id)
    assert entry.last_error == "ConnectionError: the mail server is away"

    fails_once.get_backend().process_due(now=entry.next_attempt_at)

    entry.refresh_from_db()
    assert entry.status == Status.DONE
    assert entry.attempts == 2
    assert entry.return_value == 2


def test_the_number_of_attempts_follows_the_settings(settings):
    settings.BACKGROUND_TASKS = {**settings.BACKGROUND_TASKS, "MAX_ATTEMPTS": 1}
    result = always_fails.enqueue()
    entry = BackgroundTask.objects.get(pk=result.id)
    assert entry.status == Status.FAILED
    assert entry.attempts == 1


def test_an_interrupted_task_is_retried():
    result = add.enqueue(1, 2)
    started = timezone.now() - datetime.timedelta(hours=3)
    BackgroundTask.objects.filter(pk=result.id).update(
        status=Status.RUNNING, started_at=started, finished_at=None
    )

    assert services.mark_interrupted(backend="default") == 1

    entry = BackgroundTask.objects.get(pk=result.id)
    assert entry.status == Status.RETRYING
    assert entry.last_error == "TaskInterrupted: still running after 120 minutes"
    add.get_backend().process_due(now=entry.next_attempt_at)
    entry.refresh_from_db()
    assert entry.status == Status.DONE


def test_a_task_running_now_is_not_interrupted():
    result = add.enqueue(1, 2)
    BackgroundTask.objects.filter(pk=result.id).update(
        status=Status.RUNNING, started_at=timezone.now()
    )
    assert services.mark_interrupted(backend="default") == 0


def test_an_attempt_runs_only_once_even_when_two_processes_pick_it_up():
    result = always_fails.enqueue()
    entry = BackgroundTask.objects.get(pk=result.id)
    first = services.run_entry(entry.pk, now=entry.next_attempt_at)
    BackgroundTask.objects.filter(pk=entry.pk).update(status=Status.RUNNING)
    second = services.run_entry(entry.pk, now=entry.next_attempt_at)
    assert first.ran
    assert not second.ran


def test_a_task_that_breaks_the_transaction_is_still_recorded():
    with transaction.atomic():
        result = broken_query.enqueue()
        with connection.cursor() as cursor:  # the enqueuing transaction is still usable
            cursor.execute("SELECT 1")
    entry = BackgroundTask.objects.get(pk=result.id)
    assert entry.status == Status.RETRYING
    assert "no_such_table_here" in entry.last_error
