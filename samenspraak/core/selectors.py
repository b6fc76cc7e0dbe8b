"""Reading the task ledger."""

from datetime import timedelta

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks.base import Task, TaskError, TaskResult, TaskResultStatus
from django_tasks.exceptions import TaskResultDoesNotExist

from . import background
from .models import BackgroundTask

Status = BackgroundTask.Status

RESULT_STATUS = {
    Status.WAITING: TaskResultStatus.READY,
    Status.RETRYING: TaskResultStatus.READY,
    Status.RUNNING: TaskResultStatus.RUNNING,
    Status.DONE: TaskResultStatus.SUCCESSFUL,
    Status.FAILED: TaskResultStatus.FAILED,
}


def tasks_needing_attention(municipality) -> QuerySet[BackgroundTask]:
    """A municipality's tasks that failed or wait for another attempt, failed ones first."""
    return BackgroundTask.objects.filter(
        municipality=municipality, status__in=[Status.FAILED, Status.RETRYING]
    ).order_by("status", "-updated_at", "-pk")  # "failed" sorts before "retrying"


def failed_task_count(municipality) -> int:
    return BackgroundTask.objects.filter(municipality=municipality, status=Status.FAILED).count()


def due_entry_ids(*, backend: str, now=None, limit: int | None = None) -> list[int]:
    """Entries whose (next) attempt is due: for the embedded mode's run-due command."""
    now = now or timezone.now()
    entries = BackgroundTask.objects.filter(
        backend=backend, status__in=[Status.WAITING, Status.RETRYING], next_attempt_at__lte=now
    ).order_by("next_attempt_at", "pk")
    ids = entries.values_list("pk", flat=True)
    return list(ids[:limit] if limit else ids)


def undelivered_entries(*, backend: str, now=None, limit: int | None = None):
    """Entries that no worker will run unless sent again (Celery mode).

    Either the queue was unreachable when they were sent (no token), or they are far past their
    time: the broker lost the message (a Redis restart) or no worker took it.
    """
    now = now or timezone.now()
    overdue = now - timedelta(seconds=background.config("OVERDUE_AFTER"))
    entries = BackgroundTask.objects.filter(
        Q(token="") | Q(next_attempt_at__lte=overdue),
        backend=backend,
        status__in=[Status.WAITING, Status.RETRYING],
        next_attempt_at__lte=now,
    ).order_by("next_attempt_at", "pk")
    return list(entries[:limit] if limit else entries)


def task_result_for(entry: BackgroundTask, task: Task | None = None, worker_id="") -> TaskResult:
    """The entry as Django's TaskResult (what ``enqueue()`` and ``get_result()`` return)."""
    task = task or import_string(entry.task_path)
    errors = []
    if entry.error_class:
        errors.append(TaskError(exception_class_path=entry.error_class, traceback=entry.last_error))
    result = TaskResult(
        task=task,
        id=str(entry.pk),
        status=RESULT_STATUS[entry.status],
        enqueued_at=entry.enqueued_at,
        started_at=entry.started_at,
        finished_at=entry.finished_at,
        last_attempted_at=entry.started_at,
        args=entry.args,
        kwargs=entry.kwargs,
        backend=entry.backend,
        errors=errors,
        worker_ids=[worker_id or entry.backend] * entry.attempts,
    )
    if entry.status == Status.DONE:
        object.__setattr__(result, "_return_value", entry.return_value)
    return result


def task_result(result_id: str) -> TaskResult:
    try:
        entry = BackgroundTask.objects.get(pk=int(result_id))
    except (ValueError, BackgroundTask.DoesNotExist):
        raise TaskResultDoesNotExist(result_id) from None
    return task_result_for(entry)
