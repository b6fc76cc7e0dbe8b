"""`manage.py background_tasks run-due` (cron) runs due retries and tidies the ledger."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from samenspraak.core.models import BackgroundTask
from tests.core.background_helpers import BackgroundTaskFactory

pytestmark = pytest.mark.django_db
Status = BackgroundTask.Status


def run_due(*args) -> str:
    out = StringIO()
    call_command("background_tasks", "run-due", *args, stdout=out)
    return out.getvalue()


def test_run_due_runs_the_retries_that_are_due(municipality):
    now = timezone.now()
    due = BackgroundTaskFactory(
        municipality=municipality,
        status=Status.RETRYING,
        attempts=1,
        finished_at=None,
        next_attempt_at=now - datetime.timedelta(seconds=5),
    )
    not_yet = BackgroundTaskFactory(
        municipality=municipality,
        status=Status.RETRYING,
        attempts=1,
        finished_at=None,
        next_attempt_at=now + datetime.timedelta(minutes=5),
    )
    failed = BackgroundTaskFactory(municipality=municipality)

    output = run_due()

    assert "1 run" in output
    due.refresh_from_db()
    not_yet.refresh_from_db()
    failed.refresh_from_db()
    assert due.status == Status.DONE
    assert due.attempts == 2
    assert due.return_value == 3
    assert not_yet.status == Status.RETRYING
    assert failed.status == Status.FAILED


def test_run_due_respects_the_limit(municipality):
    for _ in range(3):
        BackgroundTaskFactory(
            municipality=municipality,
            status=Status.WAITING,
            attempts=0,
            finished_at=None,
            next_attempt_at=timezone.now() - datetime.timedelta(minutes=1),
        )
    assert "2 run" in run_due("--limit", "2")
    assert BackgroundTask.objects.filter(status=Status.DONE).count() == 2


def test_run_due_deletes_old_finished_entries_only(municipality):
    old = timezone.now() - datetime.timedelta(days=31)
    BackgroundTaskFactory(municipality=municipality, status=Status.DONE, finished_at=old)
    recent = BackgroundTaskFactory(municipality=municipality, status=Status.DONE)
    old_failure = BackgroundTaskFactory(municipality=municipality, finished_at=old)

    assert "1 old entries deleted" in run_due()

    assert set(BackgroundTask.objects.values_list("pk", flat=True)) == {recent.pk, old_failure.pk}
