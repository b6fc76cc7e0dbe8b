"""Embedded mode (no extra services): a task runs at once and the ledger records it."""

import datetime

import pytest
from django.utils import timezone
from django_tasks import TaskResultStatus

from samenspraak.core import background
from samenspraak.core.models import BackgroundTask
from samenspraak.core.task_backends import EmbeddedBackend
from samenspraak.diaries import tasks as diary_tasks
from samenspraak.diaries.models import Diary, Participant, Reminder
from samenspraak.insights import tasks as insights_tasks
from samenspraak.insights.models import Report, ThemeRun
from samenspraak.privacy import tasks as privacy_tasks
from tests.core.background_helpers import add, fails_once, undescribed
from tests.factories import TrajectFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_the_default_backend_is_the_embedded_one():
    assert isinstance(add.get_backend(), EmbeddedBackend)


def test_a_task_runs_at_once_and_is_recorded_as_done(municipality):
    result = add.enqueue(2, 3, municipality_pk=municipality.pk)

    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == 5
    entry = BackgroundTask.objects.get(pk=result.id)
    assert entry.status == BackgroundTask.Status.DONE
    assert entry.task_path == "tests.core.background_helpers.add"
    assert entry.args == [2, 3]
    assert entry.kwargs == {"municipality_pk": municipality.pk}
    assert entry.attempts == 1
    assert entry.return_value == 5
    assert entry.finished_at is not None
    assert entry.municipality == municipality
    assert entry.label == "Add two numbers"


def test_the_result_can_be_read_back_from_the_ledger():
    result = add.enqueue(1, 1)
    again = add.get_result(result.id)
    assert again.status == TaskResultStatus.SUCCESSFUL
    assert again.return_value == 2
    assert again.attempts == 1


def test_a_task_without_description_finds_its_municipality_by_argument_name(municipality):
    result = undescribed.enqueue(municipality_id=municipality.pk)
    entry = BackgroundTask.objects.get(pk=result.id)
    assert entry.municipality == municipality
    assert entry.label == "undescribed"
    assert entry.max_attempts == 5


def test_an_unknown_municipality_is_left_empty():
    result = add.enqueue(1, 2, municipality_pk=987654)
    assert BackgroundTask.objects.get(pk=result.id).municipality is None


def test_a_task_with_context_sees_its_attempt():
    result = fails_once.enqueue()
    assert result.status == TaskResultStatus.READY  # the first attempt failed; a retry waits
    assert BackgroundTask.objects.get(pk=result.id).max_attempts == 3


def test_a_deferred_task_waits_for_its_time():
    later = timezone.now() + datetime.timedelta(hours=1)
    result = add.using(run_after=later).enqueue(1, 2)

    entry = BackgroundTask.objects.get(pk=result.id)
    assert entry.status == BackgroundTask.Status.WAITING
    backend = add.get_backend()
    assert backend.process_due().ran == 0
    assert backend.process_due(now=later + datetime.timedelta(seconds=1)).ran == 1
    entry.refresh_from_db()
    assert entry.status == BackgroundTask.Status.DONE


def test_the_existing_tasks_know_their_label_and_municipality(municipality):
    user = UserFactory()
    traject = TrajectFactory(municipality=municipality)
    diary = Diary.objects.create(municipality=municipality, traject=traject, title="D", intro="i")
    participant = Participant.objects.create(
        diary=diary, number=1, token_hash="x" * 64, starts_on=timezone.localdate()
    )
    run = ThemeRun.objects.create(traject=traject, requested_by=user)
    report = Report.objects.create(traject=traject, version=1, summary_b1="s", created_by=user)

    cases = [
        (diary_tasks.send_reminder, [participant.pk]),
        (privacy_tasks.mask_pending, [municipality.pk]),
        (insights_tasks.discover_themes, [run.pk]),
        (insights_tasks.make_report, [report.pk]),
    ]
    for task, args in cases:
        assert background.municipality_for(task, args, {}) == municipality.pk, task.name
        assert background.label_for(task.module_path) != task.name.replace("_", " ")
    assert background.municipality_for(privacy_tasks.mask_pending, [], {}) is None


def test_a_reminder_is_recorded_for_its_municipality(municipality, mailoutbox):
    traject = TrajectFactory(municipality=municipality)
    diary = Diary.objects.create(municipality=municipality, traject=traject, title="D", intro="i")
    participant = Participant.objects.create(
        diary=diary, number=1, token_hash="y" * 64, starts_on=timezone.localdate()
    )
    Reminder.objects.create(participant=participant, email="deelnemer@example.nl")

    result = diary_tasks.send_reminder.enqueue(participant.pk)

    entry = BackgroundTask.objects.get(pk=result.id)
    assert entry.status == BackgroundTask.Status.DONE
    assert entry.municipality == municipality
    assert entry.args == [participant.pk]  # a reference, never the address
    assert len(mailoutbox) == 1
