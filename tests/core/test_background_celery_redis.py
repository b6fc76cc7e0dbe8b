"""Celery mode against a real Redis: a worker runs a task, retries a failing one, gives up.

Runs when CELERY_TEST_BROKER_URL names a Redis database (CI sets it: see .ci/run and the
Makefile), e.g. ``CELERY_TEST_BROKER_URL=redis://127.0.0.1:6379/15``. The worker runs in a
thread of the test process, so it shares the test database; every run uses its own queue.
The tasks are enqueued (sent to Redis) first, then a worker starts and takes them.
"""

import os
import threading
import uuid
from dataclasses import dataclass

import pytest
import redis
from celery import Celery
from celery.contrib.testing.worker import start_worker
from celery.signals import task_postrun

from samenspraak.celery import RUN_TASK_NAME
from samenspraak.core.models import BackgroundTask
from tests.core.background_helpers import add, always_fails, celery_broker

BROKER_URL = os.environ.get("CELERY_TEST_BROKER_URL")

pytestmark = [
    pytest.mark.skipif(not BROKER_URL, reason="set CELERY_TEST_BROKER_URL to a Redis URL"),
    pytest.mark.django_db(transaction=True),  # the worker thread must see committed rows
]
Status = BackgroundTask.Status


class Finished:
    """Waits, without touching the database, until the worker has finished given entries."""

    def __init__(self):
        self.outcomes: dict[int, str] = {}
        self.attempts: dict[int, int] = {}
        self.changed = threading.Condition()

    def __call__(self, sender=None, args=None, retval=None, state=None, **kwargs):
        if getattr(sender, "name", None) != RUN_TASK_NAME:
            return
        with self.changed:
            entry_id = args[0]
            self.attempts[entry_id] = self.attempts.get(entry_id, 0) + 1
            if state == "SUCCESS":  # a retried attempt ends in state RETRY
                self.outcomes[entry_id] = retval
            self.changed.notify_all()

    def wait_for(self, *entry_ids, timeout=15.0) -> dict[int, str]:
        with self.changed:
            done = self.changed.wait_for(
                lambda: all(pk in self.outcomes for pk in entry_ids), timeout=timeout
            )
        assert done, f"the worker did not finish in time: {self.outcomes}"
        return {pk: self.outcomes[pk] for pk in entry_ids}


@dataclass
class Worker:
    app: Celery
    queue: str
    finished: Finished

    def run_until_finished(self, *entry_ids) -> dict[int, str]:
        """Start a worker on the test's queue, wait for the entries, stop the worker.

        The test reads the database only while the worker is stopped: SQLite's shared in-memory
        test database locks whole tables between threads (a real deployment uses a file or
        PostgreSQL, and the Celery task retries such an error itself).
        """
        with start_worker(
            self.app,
            pool="solo",
            queues=[self.queue],
            perform_ping_check=False,
            shutdown_timeout=10,
        ):
            return self.finished.wait_for(*entry_ids)


@pytest.fixture
def celery_worker(settings):
    settings.TASKS = {"default": {"BACKEND": "samenspraak.core.task_backends.CeleryBackend"}}
    settings.BACKGROUND_TASKS = {
        **settings.BACKGROUND_TASKS,
        "MAX_ATTEMPTS": 3,
        "RETRY_DELAY": 0.2,  # so: 0.2 s, then 0.8 s
    }
    queue = f"samenspraak-test-{uuid.uuid4().hex}"  # no message of another run can turn up
    finished = Finished()
    task_postrun.connect(finished, weak=False)
    try:
        with celery_broker(BROKER_URL, queue) as app:
            yield Worker(app=app, queue=queue, finished=finished)
    finally:
        task_postrun.disconnect(finished)
        client = redis.Redis.from_url(BROKER_URL)
        for key in client.scan_iter(f"*{queue}*"):  # the queue and kombu's bindings for it
            client.delete(key)
        client.close()


def test_a_worker_runs_tasks_and_retries_a_failing_one_until_it_fails(celery_worker, municipality):
    ok = add.enqueue(20, 22, municipality_pk=municipality.pk)
    failing = always_fails.enqueue(municipality_pk=municipality.pk)
    ok_id, failing_id = int(ok.id), int(failing.id)
    assert BackgroundTask.objects.get(pk=ok_id).status == Status.WAITING  # sent, not yet run

    outcomes = celery_worker.run_until_finished(ok_id, failing_id)

    assert outcomes == {ok_id: "done", failing_id: "failed"}
    assert celery_worker.finished.attempts == {ok_id: 1, failing_id: 3}
    done = BackgroundTask.objects.get(pk=ok_id)
    assert done.status == Status.DONE
    assert done.return_value == 42
    assert done.attempts == 1
    failed = BackgroundTask.objects.get(pk=failing_id)
    assert failed.status == Status.FAILED
    assert failed.attempts == 3
    assert failed.municipality == municipality
    assert failed.last_error.startswith("RuntimeError: Recipient [e-mail] refused")
    assert add.get_result(ok.id).return_value == 42
