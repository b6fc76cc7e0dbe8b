"""Task backends for Django's task interface, both writing the ledger (core.BackgroundTask).

``settings.TASKS`` picks one: ``EmbeddedBackend`` by default, ``CeleryBackend`` when
``CELERY_BROKER_URL`` is set. Task code does not change between them: ``@task()`` and
``.enqueue(...)`` from ``django_tasks`` (in Django 6: ``django.tasks``).
"""

import logging
from abc import abstractmethod
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.core import checks
from django.db import transaction
from django.utils import timezone
from django_tasks import DEFAULT_TASK_QUEUE_NAME, task_backends
from django_tasks.backends.base import BaseTaskBackend
from django_tasks.signals import task_enqueued
from django_tasks.utils import get_random_id

from . import selectors, services

logger = logging.getLogger(__name__)


@dataclass
class DueReport:
    interrupted: int = 0  # running far too long: counted as a failed attempt
    ran: int = 0  # run here (embedded)
    sent: int = 0  # sent to the queue again (Celery)


class LedgerBackend(BaseTaskBackend):
    """Records every enqueued task in the ledger; subclasses decide where it runs."""

    supports_defer = True
    supports_async_task = True
    supports_get_result = True
    # Accepted so that tasks may state one; entries run in the order they become due.
    supports_priority = True

    def enqueue(self, task, args, kwargs):
        self.validate_task(task)
        entry = services.record_task(task=task, args=args, kwargs=kwargs, backend=self.alias)
        task_enqueued.send(type(self), task_result=selectors.task_result_for(entry, task))
        self.dispatch(entry)
        entry.refresh_from_db()
        return selectors.task_result_for(entry, task)

    def get_result(self, result_id):
        return selectors.task_result(result_id)

    @abstractmethod
    def dispatch(self, entry, *, now=None) -> None:
        """Have the entry's next attempt run (now, or at ``entry.next_attempt_at``)."""

    @abstractmethod
    def process_due(self, *, now=None, limit: int | None = None) -> DueReport:
        """The cron command's work: pick up what would otherwise never run."""


class EmbeddedBackend(LedgerBackend):
    """No extra services: a task runs at once, in the process that enqueues it.

    A failed attempt is recorded with its next attempt time; ``manage.py background_tasks
    run-due`` (cron, every minute or few) runs the attempts that are due, and deferred tasks.
    """

    def dispatch(self, entry, *, now=None) -> None:
        now = now or timezone.now()
        if entry.next_attempt_at and entry.next_attempt_at > now:
            return  # deferred (run_after) or backing off: run-due takes it when due
        services.run_entry(entry.pk)

    def process_due(self, *, now=None, limit=None) -> DueReport:
        report = DueReport(interrupted=services.mark_interrupted(backend=self.alias, now=now))
        for pk in selectors.due_entry_ids(backend=self.alias, now=now, limit=limit):
            if services.run_entry(pk, now=now).ran:
                report.ran += 1
        return report


class CeleryBackend(LedgerBackend):
    """Celery workers run the tasks; the broker is CELERY_BROKER_URL (Redis or RabbitMQ).

    The message carries only the entry's id and a dispatch token. It is sent after the
    transaction that enqueued it commits, so the worker always finds the entry. Retries are
    Celery retries (``samenspraak.celery.run_background_task``) with the ledger's backoff.
    """

    def check(self, **kwargs):
        if not getattr(settings, "CELERY_BROKER_URL", ""):
            yield checks.Warning(
                "The Celery task backend is configured without CELERY_BROKER_URL.",
                hint="Set CELERY_BROKER_URL (redis://… or amqp://…), or unset TASKS_BACKEND.",
                id="samenspraak.W001",
            )

    def dispatch(self, entry, *, now=None) -> None:
        now = now or timezone.now()
        token = get_random_id()
        services.set_token(entry, token)
        eta = (
            entry.next_attempt_at if entry.next_attempt_at and entry.next_attempt_at > now else None
        )
        transaction.on_commit(partial(self._send, entry.pk, token, eta, entry.queue_name))

    def _send(self, entry_id: int, token: str, eta, queue_name: str) -> None:
        from samenspraak.celery import RUN_TASK_NAME, app

        queue = app.conf.task_default_queue if queue_name == DEFAULT_TASK_QUEUE_NAME else queue_name
        try:
            app.send_task(RUN_TASK_NAME, args=[entry_id, token], queue=queue, eta=eta)
        except Exception as error:
            logger.exception("Could not send background task %s to the queue", entry_id)
            services.record_dispatch_failure(entry_id, token=token, error=error)

    def process_due(self, *, now=None, limit=None) -> DueReport:
        report = DueReport(interrupted=services.mark_interrupted(backend=self.alias, now=now))
        for entry in selectors.undelivered_entries(backend=self.alias, now=now, limit=limit):
            self.dispatch(entry, now=now)
            report.sent += 1
        return report


def ledger_backends() -> list[LedgerBackend]:
    return [b for b in task_backends.all() if isinstance(b, LedgerBackend)]


def backend_for(entry) -> LedgerBackend:
    """The backend an entry was enqueued with, or the default one if that is gone."""
    try:
        backend = task_backends[entry.backend]
    except Exception:
        backend = task_backends["default"]
    if not isinstance(backend, LedgerBackend):
        # A deployment that configured another backend: retry here, like the embedded mode.
        return EmbeddedBackend(alias=backend.alias, params={})
    return backend
