"""The Celery app, used only when ``CELERY_BROKER_URL`` is set (docs/background-tasks.md).

Run a worker with ``celery -A samenspraak worker``. Its settings are the ``CELERY_*`` names in
``samenspraak/settings.py``. There is one Celery task: it runs an entry of the task ledger
(core.BackgroundTask), which in turn calls the Django task it records. Django tasks are never
Celery tasks themselves, so task code stays the same in the embedded mode and in Django 6.
"""

import os

from celery import Celery
from django.db import DatabaseError, InterfaceError

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samenspraak.settings")

app = Celery("samenspraak")
app.config_from_object("django.conf:settings", namespace="CELERY")

RUN_TASK_NAME = "samenspraak.run_background_task"


@app.task(
    name=RUN_TASK_NAME,
    bind=True,
    acks_late=True,
    ignore_result=True,
    # Only for trouble with the ledger itself (the database briefly away): Celery's own
    # exponential backoff. A failing *task* is caught by run_entry and retried below.
    autoretry_for=(DatabaseError, InterfaceError),
    retry_backoff=True,
    retry_backoff_max=600,
    max_retries=10,
)
def run_background_task(self, entry_id: int, token: str) -> str:
    from samenspraak.core.services import run_entry

    outcome = run_entry(entry_id, token=token, worker_id=self.request.hostname or "celery")
    if outcome.retry_in is not None:
        # The ledger counts the attempts and gives up after the last one (status "failed");
        # Celery waits the ledger's backoff and sends the same message again.
        raise self.retry(countdown=outcome.retry_in, max_retries=outcome.entry.max_attempts)
    return outcome.status
