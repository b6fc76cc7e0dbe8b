"""What the task ledger knows about each task: a plain label, its municipality, its retries.

Tasks are ordinary Django tasks (``from django_tasks import task``; ``@task()`` and
``.enqueue(...)``). This module adds, optionally, a description for the ledger::

    @describe(_("Diary reminder e-mail"), municipality=participant_municipality)
    @task()
    def send_reminder(participant_pk: int) -> bool: ...

- ``label`` is what staff read on the workspace page "Background tasks" (a lazy gettext string).
- ``municipality`` is called with the task's own arguments when it is enqueued and returns the
  municipality (or its primary key, or ``None``); staff of that municipality see the task when it
  fails. Without it, an argument named ``municipality_pk`` or ``municipality_id`` is used.
- ``max_attempts`` overrides ``BACKGROUND_TASKS["MAX_ATTEMPTS"]`` for this task.

An undescribed task still runs, is retried and is recorded; it shows under its function name,
and only to the site administrator when its municipality cannot be known.
"""

import inspect
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.utils.module_loading import autodiscover_modules
from django_tasks.base import Task
from django_tasks.utils import get_module_path

logger = logging.getLogger(__name__)

DEFAULTS = {
    "MAX_ATTEMPTS": 5,
    "RETRY_DELAY": 60.0,
    "RETRY_FACTOR": 4,
    "RETRY_MAX_DELAY": 3600,
    "RUNNING_TIMEOUT": 2 * 3600,
    "OVERDUE_AFTER": 15 * 60,
    "KEEP_DONE_DAYS": 30,
}
MUNICIPALITY_ARGUMENTS = ("municipality_pk", "municipality_id")
ERROR_LENGTH = 300


def config(name: str):
    return getattr(settings, "BACKGROUND_TASKS", {}).get(name, DEFAULTS[name])


@dataclass(frozen=True)
class TaskInfo:
    label: Any
    municipality: Callable[..., Any] | None = None
    max_attempts: int | None = None


_registry: dict[str, TaskInfo] = {}
_discovered = False


def describe(label, *, municipality: Callable[..., Any] | None = None, max_attempts=None):
    """Describe a task for the ledger; put it above (or below) ``@task()``."""

    def register(obj):
        path = obj.module_path if isinstance(obj, Task) else get_module_path(obj)
        _registry[path] = TaskInfo(
            label=label, municipality=municipality, max_attempts=max_attempts
        )
        return obj

    return register


def info_for(task_path: str) -> TaskInfo | None:
    global _discovered
    if task_path not in _registry and not _discovered:
        # Labels are registered when a tasks module is imported; a page that lists tasks may
        # come before any of them was.
        _discovered = True
        autodiscover_modules("tasks")
    return _registry.get(task_path)


def label_for(task_path: str) -> str:
    info = info_for(task_path)
    if info is not None:
        return str(info.label)
    return task_path.rsplit(".", 1)[-1].replace("_", " ")


def max_attempts_for(task_path: str) -> int:
    info = info_for(task_path)
    if info is not None and info.max_attempts:
        return max(1, int(info.max_attempts))
    return max(1, int(config("MAX_ATTEMPTS")))


def municipality_for(task: Task, args, kwargs) -> int | None:
    """The primary key of the municipality a task works for, when it can be known."""
    from samenspraak.organisations.models import Municipality

    info = info_for(task.module_path)
    try:
        if info is not None and info.municipality is not None:
            found = info.municipality(*args, **kwargs)
        else:
            bound = inspect.signature(task.func).bind_partial(*args, **kwargs).arguments
            found = next((bound[n] for n in MUNICIPALITY_ARGUMENTS if n in bound), None)
        pk = getattr(found, "pk", found)
        if pk is None:
            return None
        return Municipality.objects.filter(pk=pk).values_list("pk", flat=True).first()
    except Exception:
        # Never let bookkeeping stop the work itself: the entry is recorded without one.
        logger.exception("Could not tell the municipality of task %s", task.module_path)
        return None


def retry_delay(attempts: int) -> float:
    """Seconds to wait after the given number of failed attempts (1 → the base delay)."""
    delay = float(config("RETRY_DELAY")) * float(config("RETRY_FACTOR")) ** max(0, attempts - 1)
    return min(delay, float(config("RETRY_MAX_DELAY")))


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_NUMBER = re.compile(r"(?<![\w])\+?\d[\d -]{6,}\d")
_POSTCODE = re.compile(r"\b\d{4} ?[A-Z]{2}\b")


def short_error(error: BaseException) -> str:
    """The exception class and the start of its message, without e-mail addresses or numbers.

    Staff read this; a message may quote data (a refused recipient, a value), so addresses,
    long numbers and postcodes are replaced. The full traceback only goes to the log.
    """
    message = " ".join(str(error).split())
    message = _EMAIL.sub("[e-mail]", message)
    message = _NUMBER.sub("[number]", message)
    message = _POSTCODE.sub("[postcode]", message)
    text = f"{type(error).__name__}: {message}" if message else type(error).__name__
    if len(text) > ERROR_LENGTH:
        text = text[: ERROR_LENGTH - 1] + "…"
    return text
