"""Settings pick the embedded backend, or Celery when CELERY_BROKER_URL is set."""

import runpy
from pathlib import Path

import pytest

import samenspraak

SETTINGS = Path(samenspraak.__file__).parent / "settings.py"


def load_settings(monkeypatch, **environ) -> dict:
    monkeypatch.delenv("TASKS_BACKEND", raising=False)
    monkeypatch.delenv("CELERY_BROKER_URL", raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(SETTINGS))


def test_without_a_broker_tasks_run_embedded(monkeypatch):
    config = load_settings(monkeypatch)
    assert config["TASKS"]["default"]["BACKEND"] == "samenspraak.core.task_backends.EmbeddedBackend"


@pytest.mark.parametrize("url", ["redis://127.0.0.1:6379/1", "amqp://guest:guest@127.0.0.1:5672//"])
def test_with_a_broker_tasks_run_on_celery(monkeypatch, url):
    config = load_settings(monkeypatch, CELERY_BROKER_URL=url)
    assert config["TASKS"]["default"]["BACKEND"] == "samenspraak.core.task_backends.CeleryBackend"
    assert config["CELERY_BROKER_URL"] == url
    assert config["CELERY_TASK_ACKS_LATE"] is True
    assert config["CELERY_ACCEPT_CONTENT"] == ["json"]
    assert config["CELERY_TASK_SERIALIZER"] == "json"


def test_retry_settings_come_from_the_environment(monkeypatch):
    config = load_settings(
        monkeypatch, BACKGROUND_TASKS_MAX_ATTEMPTS="3", BACKGROUND_TASKS_RETRY_DELAY="30"
    )
    assert config["BACKGROUND_TASKS"]["MAX_ATTEMPTS"] == 3
    assert config["BACKGROUND_TASKS"]["RETRY_DELAY"] == 30


def test_the_celery_app_reads_the_django_settings(settings):
    from samenspraak.celery import RUN_TASK_NAME, app

    assert RUN_TASK_NAME in app.tasks
    assert app.conf.task_serializer == "json"
    assert "pickle" not in app.conf.accept_content
    assert app.conf.task_acks_late is True
    assert app.conf.task_default_queue == "samenspraak"


def test_the_celery_backend_warns_without_a_broker(settings):
    from samenspraak.core.task_backends import CeleryBackend

    backend = CeleryBackend(alias="default", params={})
    settings.CELERY_BROKER_URL = ""
    assert [message.id for message in backend.check()] == ["samenspraak.W001"]
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:6379/1"
    assert list(backend.check()) == []
