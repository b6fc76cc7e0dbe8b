"""Celery mode without a broker: what is sent, when, and what happens when the queue is away."""

import datetime

import pytest
from django.utils import timezone

from samenspraak.celery import RUN_TASK_NAME, app, run_background_task
from samenspraak.core.models import BackgroundTask
from samenspraak.core.task_backends import CeleryBackend
from tests.core.background_helpers import add, always_fails, celery_broker

pytestmark = pytest.mark.django_db
Status = BackgroundTask.Status


@pytest.fixture
def celery_mode(settings):
    settings.TASKS = {"default": {"BACKEND": "samenspraak.core.task_backends.CeleryBackend"}}


@pytest.fixture
def sent(monkeypatch):
    """Messages handed to the broker, instead of a broker."""
    messages = []

    def send_task(name, args=None, queue=None, eta=None, **options):
        messages.append({"name": name, "args": args, "queue": queue, "eta": eta})

    monkeypatch.setattr(app, "send_task", send_task)
    return messages


def test_a_task_is_recorded_and_sent_once_the_transaction_commits(
    celery_mode, sent, municipality, django_capture_on_commit_callbacks
):
    assert isinstance(add.get_backend(), CeleryBackend)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        result = add.enqueue(1, 2, municipality_pk=municipality.pk)
    entry = BackgroundTask.objects.get(pk=result.id)
    assert entry.status == Status.WAITING
    assert entry.municipality == municipality
    assert sent == []  # a worker must find the entry: nothing goes out before the commit

    for callback in callbacks:
        callback()

    assert sent == [
        {
            "name": RUN_TASK_NAME,
            "args": [entry.pk, entry.token],
            "queue": "samenspraak",
            "eta": None,
        }
    ]
    assert len(entry.token) == 32


def test_a_deferred_task_is_sent_with_its_time(
    celery_mode, sent, django_capture_on_commit_callbacks
):
    later = timezone.now() + datetime.timedelta(hours=2)
    with django_capture_on_commit_callbacks(execute=True):
        add.using(run_after=later).enqueue(1, 2)
    assert sent[0]["eta"] == later


def test_an_unreachable_broker_leaves_the_task_for_run_due(
    celery_mode, sent, monkeypatch, django_capture_on_commit_callbacks
):
    def broker_down(*args, **kwargs):
        raise ConnectionRefusedError(111, "Connection refused")

    monkeypatch.setattr(app, "send_task", broker_down)
    with django_capture_on_commit_callbacks(execute=True):
        result = add.enqueue(1, 2)  # the request goes on

    entry = BackgroundTask.objects.get(pk=result.id)
    assert entry.status == Status.RETRYING
    assert entry.attempts == 0  # it did not run
    assert entry.token == ""
    assert entry.last_error.startswith("ConnectionRefusedError")

    monkeypatch.undo()
    messages = []
    monkeypatch.setattr(app, "send_task", lambda name, args, **kw: messages.append(args))
    backend = add.get_backend()
    with django_capture_on_commit_callbacks(execute=True):
        assert backend.process_due(now=entry.next_attempt_at).sent == 1
    entry.refresh_from_db()
    assert messages == [[entry.pk, entry.token]]


def test_a_really_unreachable_broker_gives_up_quickly(
    celery_mode, django_capture_on_commit_callbacks
):
    with celery_broker("redis://127.0.0.1:1/0", "samenspraak-nowhere"):  # nothing on port 1
        started = timezone.now()
        with django_capture_on_commit_callbacks(execute=True):
            result = add.enqueue(1, 2)
        took = (timezone.now() - started).total_seconds()
    assert BackgroundTask.objects.get(pk=result.id).status == Status.RETRYING
    assert took < 10


def test_run_due_sends_again_only_what_is_long_overdue(
    celery_mode, sent, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        recent = add.enqueue(1, 2)
        overdue = add.enqueue(3, 4)
    old = timezone.now() - datetime.timedelta(minutes=20)
    BackgroundTask.objects.filter(pk=overdue.id).update(next_attempt_at=old)
    old_token = BackgroundTask.objects.get(pk=overdue.id).token
    sent.clear()

    with django_capture_on_commit_callbacks(execute=True):
        assert add.get_backend().process_due().sent == 1

    entry = BackgroundTask.objects.get(pk=overdue.id)
    assert sent[0]["args"] == [entry.pk, entry.token]
    assert entry.token != old_token  # the lost message, should it turn up, no longer runs it
    assert BackgroundTask.objects.get(pk=recent.id).status == Status.WAITING


def test_the_celery_task_runs_the_entry(celery_mode, sent, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        result = add.enqueue(2, 2)
    entry = BackgroundTask.objects.get(pk=result.id)

    assert run_background_task.apply(args=[entry.pk, entry.token]).get() == "done"

    entry.refresh_from_db()
    assert entry.status == Status.DONE
    assert entry.return_value == 4
    # The same message delivered twice does not run the task twice.
    assert run_background_task.apply(args=[entry.pk, entry.token]).get() == "skipped"


def test_a_message_with_an_old_token_does_not_run(
    celery_mode, sent, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        result = add.enqueue(2, 2)
    entry = BackgroundTask.objects.get(pk=result.id)
    assert run_background_task.apply(args=[entry.pk, "an-older-token"]).get() == "skipped"
    entry.refresh_from_db()
    assert entry.status == Status.WAITING


def test_celery_retries_a_failing_task_and_the_ledger_marks_it_failed(
    celery_mode, sent, settings, django_capture_on_commit_callbacks
):
    settings.BACKGROUND_TASKS = {**settings.BACKGROUND_TASKS, "MAX_ATTEMPTS": 3}
    with django_capture_on_commit_callbacks(execute=True):
        result = always_fails.enqueue()
    entry = BackgroundTask.objects.get(pk=result.id)

    # Eagerly, Celery runs each retry at once instead of after the countdown.
    outcome = run_background_task.apply(args=[entry.pk, entry.token])

    assert outcome.get() == "failed"
    entry.refresh_from_db()
    assert entry.status == Status.FAILED
    assert entry.attempts == 3
