"""Tasks and a factory for the background-task tests (module level, so a worker can import them)."""

from contextlib import contextmanager

import factory
from django.db import connection
from django.utils import timezone
from django_tasks import task

from samenspraak.core.background import describe
from samenspraak.core.models import BackgroundTask
from tests.factories import MunicipalityFactory


@describe("Add two numbers", municipality=lambda a, b, municipality_pk=None: municipality_pk)
@task()
def add(a: int, b: int, municipality_pk: int | None = None) -> int:
    return a + b


@task()
def always_fails(municipality_pk: int | None = None) -> None:
    raise RuntimeError("Recipient jan.jansen@example.nl refused, call 06-12345678, 1234 AB")


@describe("Fails once", max_attempts=3)
@task(takes_context=True)
def fails_once(context, municipality_pk: int | None = None) -> int:
    if context.attempt < 2:
        raise ConnectionError("the mail server is away")
    return context.attempt


@task()
def undescribed(municipality_id: int) -> str:
    return "ok"


@task()
def broken_query() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM no_such_table_here")


class BackgroundTaskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BackgroundTask

    municipality = factory.SubFactory(MunicipalityFactory)
    task_path = "tests.core.background_helpers.add"
    args = [1, 2]
    kwargs = factory.LazyAttribute(
        lambda o: {"municipality_pk": getattr(o.municipality, "pk", None)}
    )
    status = BackgroundTask.Status.FAILED
    attempts = 5
    max_attempts = 5
    last_error = "RuntimeError: the server is away"
    error_class = "builtins.RuntimeError"
    finished_at = factory.LazyFunction(timezone.now)


@contextmanager
def celery_broker(url: str, queue: str):
    """Point the project's Celery app at a broker and a queue, and back again afterwards."""
    from samenspraak.celery import app

    saved = {"broker_url": app.conf.broker_url, "task_default_queue": app.conf.task_default_queue}

    def forget_connections():
        if app._pool is not None:
            app._pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    forget_connections()
    app.conf.update(broker_url=url, task_default_queue=queue)
    try:
        yield app
    finally:
        forget_connections()
        app.conf.update(saved)
