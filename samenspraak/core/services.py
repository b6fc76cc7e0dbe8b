"""The task ledger's state changes: record, run, fail, retry (see docs/background-tasks.md).

The task backends (``task_backends.py``) decide *where* an entry runs — at once in this process,
or on a Celery worker; the functions here do the same bookkeeping for both.
"""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django_tasks.base import Task, TaskContext
from django_tasks.signals import task_finished, task_started
from django_tasks.utils import get_module_path, normalize_json

from . import background, selectors
from .models import BackgroundTask

logger = logging.getLogger(__name__)
Status = BackgroundTask.Status


class TaskInterrupted(Exception):
    """The process running a task went away before it finished."""


@dataclass(frozen=True)
class Outcome:
    """What one run of an entry came to."""

    entry: BackgroundTask | None
    ran: bool
    retry_in: float | None = None  # seconds until the next attempt, when there is one

    @property
    def status(self) -> str:
        return self.entry.status if self.entry is not None else "skipped"


def record_task(*, task: Task, args, kwargs, backend: str) -> BackgroundTask:
    """A new ledger entry for an enqueued task; it runs at ``task.run_after`` or now."""
    now = timezone.now()
    return BackgroundTask.objects.create(
        task_path=task.module_path,
        args=normalize_json(list(args)),
        kwargs=normalize_json(dict(kwargs)),
        backend=backend,
        queue_name=task.queue_name,
        municipality_id=background.municipality_for(task, args, kwargs),
        max_attempts=background.max_attempts_for(task.module_path),
        enqueued_at=now,
        next_attempt_at=task.run_after or now,
        updated_at=now,
    )


def _claim(entry_id: int, *, token: str | None, now) -> BackgroundTask | None:
    """Mark the entry running, counting an attempt; ``None`` when it is not ours to run.

    One atomic UPDATE, so two processes (a request and the cron command, or two copies of a
    Celery message) never run the same attempt. With a token, only that dispatch may run it.
    """
    entries = BackgroundTask.objects.filter(
        pk=entry_id, status__in=[Status.WAITING, Status.RETRYING]
    )
    if token is not None:
        entries = entries.filter(token=token)
    claimed = entries.update(
        status=Status.RUNNING,
        attempts=F("attempts") + 1,
        started_at=now,
        next_attempt_at=None,
        updated_at=now,
    )
    if not claimed:
        return None
    return BackgroundTask.objects.get(pk=entry_id)


def _call(task: Task, entry: BackgroundTask, worker_id: str):
    if task.takes_context:
        result = selectors.task_result_for(entry, task, worker_id=worker_id)
        return task.call(TaskContext(task_result=result), *entry.args, **entry.kwargs)
    return task.call(*entry.args, **entry.kwargs)


def _load(task_path: str) -> Task:
    task = import_string(task_path)
    if not isinstance(task, Task):
        raise TypeError(f"{task_path} is not a task")
    return task


def run_entry(
    entry_id: int, *, token: str | None = None, worker_id: str = "embedded", now=None
) -> Outcome:
    """Run one attempt of a ledger entry here, and record how it went."""
    entry = _claim(entry_id, token=token, now=now or timezone.now())
    if entry is None:
        logger.info("Background task %s is not waiting (any more); skipped", entry_id)
        return Outcome(entry=None, ran=False)
    task = None
    try:
        task = _load(entry.task_path)
        task_started.send(
            type(task.get_backend()),
            task_result=selectors.task_result_for(entry, task, worker_id=worker_id),
        )
        if transaction.get_connection().in_atomic_block:
            # Enqueued inside a transaction: a savepoint keeps the ledger writable if the task
            # breaks the transaction (prefer transaction.on_commit(lambda: x.enqueue(...))).
            with transaction.atomic():
                value = _call(task, entry, worker_id)
        else:
            value = _call(task, entry, worker_id)
    except Exception as error:
        return _record_failure(entry, error, task=task, now=now or timezone.now())
    return _record_success(entry, value, task=task, now=now or timezone.now())


def _record_success(entry: BackgroundTask, value, *, task: Task, now) -> Outcome:
    try:
        entry.return_value = normalize_json(value)
    except (TypeError, ValueError):
        logger.warning("Task %s returned a value that is not JSON; not kept", entry.task_path)
        entry.return_value = None
    entry.status = Status.DONE
    entry.finished_at = entry.updated_at = now
    entry.save(update_fields=["return_value", "status", "finished_at", "updated_at"])
    logger.info("Background task %s (%s) done", entry.pk, entry.task_path)
    task_finished.send(type(task.get_backend()), task_result=selectors.task_result_for(entry, task))
    return Outcome(entry=entry, ran=True)


def _record_failure(entry: BackgroundTask, error: BaseException, *, task, now) -> Outcome:
    final = entry.attempts >= entry.max_attempts
    entry.last_error = background.short_error(error)
    entry.error_class = get_module_path(type(error))
    entry.updated_at = now
    retry_in = None
    if final:
        entry.status, entry.finished_at, entry.next_attempt_at = Status.FAILED, now, None
    else:
        retry_in = background.retry_delay(entry.attempts)
        entry.status, entry.next_attempt_at = Status.RETRYING, now + timedelta(seconds=retry_in)
    entry.save(
        update_fields=[
            "last_error",
            "error_class",
            "status",
            "finished_at",
            "next_attempt_at",
            "updated_at",
        ]
    )
    # The full traceback goes to the log (for the operator), not into the ledger.
    logger.error(
        "Background task %s (%s) failed, attempt %s of %s; %s",
        entry.pk,
        entry.task_path,
        entry.attempts,
        entry.max_attempts,
        "given up" if final else f"retry in {retry_in:.0f} s",
        exc_info=error,
    )
    if final and task is not None:
        task_finished.send(
            type(task.get_backend()), task_result=selectors.task_result_for(entry, task)
        )
    return Outcome(entry=entry, ran=True, retry_in=retry_in)


def mark_interrupted(*, backend: str, now=None) -> int:
    """Entries still "running" long after they started: their process died. Retry or fail."""
    now = now or timezone.now()
    timeout = background.config("RUNNING_TIMEOUT")
    stale = BackgroundTask.objects.filter(
        backend=backend, status=Status.RUNNING, started_at__lt=now - timedelta(seconds=timeout)
    )
    count = 0
    for entry in stale:
        entry.token = ""  # whatever message was out there, the next dispatch is a new one
        entry.save(update_fields=["token"])
        minutes = round(timeout / 60)
        _record_failure(
            entry,
            TaskInterrupted(f"still running after {minutes} minutes"),
            task=None,
            now=now,
        )
        count += 1
    return count


def set_token(entry: BackgroundTask, token: str) -> None:
    BackgroundTask.objects.filter(pk=entry.pk).update(token=token)
    entry.token = token


def record_dispatch_failure(entry_id: int, *, token: str, error: BaseException, now=None) -> None:
    """The queue could not be reached: the entry waits and run-due sends it again.

    No attempt is counted (the task did not run); the error shows to staff meanwhile.
    """
    now = now or timezone.now()
    BackgroundTask.objects.filter(
        pk=entry_id, token=token, status__in=[Status.WAITING, Status.RETRYING]
    ).update(
        token="",
        status=Status.RETRYING,
        last_error=background.short_error(error),
        error_class=get_module_path(type(error)),
        next_attempt_at=now + timedelta(seconds=background.retry_delay(1)),
        updated_at=now,
    )


def retry_task(*, entry: BackgroundTask) -> BackgroundTask:
    """Staff try a failed task again: its attempts start from zero and it is enqueued again."""
    from .task_backends import backend_for

    now = timezone.now()
    reset = BackgroundTask.objects.filter(
        pk=entry.pk, status__in=[Status.FAILED, Status.RETRYING]
    ).update(
        status=Status.WAITING,
        attempts=0,
        token="",
        next_attempt_at=now,
        finished_at=None,
        updated_at=now,
    )
    if not reset:
        raise ValidationError(_("This task is not waiting for a retry (any more)."))
    entry.refresh_from_db()
    backend_for(entry).dispatch(entry)
    entry.refresh_from_db()
    return entry


def purge_finished(*, now=None) -> int:
    """Finished entries are kept a while for the record, then deleted."""
    now = now or timezone.now()
    days = background.config("KEEP_DONE_DAYS")
    deleted, _by_model = BackgroundTask.objects.filter(
        status=Status.DONE, finished_at__lt=now - timedelta(days=days)
    ).delete()
    return deleted
