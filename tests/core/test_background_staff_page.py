"""Staff see their municipality's failed background tasks, and can try them again."""

import pytest
from django.urls import reverse

from samenspraak.core.models import BackgroundTask
from samenspraak.organisations.roles import Role
from tests.core.background_helpers import BackgroundTaskFactory, always_fails

pytestmark = pytest.mark.django_db
Status = BackgroundTask.Status


@pytest.fixture(autouse=True)
def _english(client, settings):
    """The texts below are the English originals; the Dutch ones may still change."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


def page_url(municipality):
    return reverse("core:background-tasks", args=[municipality.slug])


def retry_url(entry):
    return reverse("core:background-task-retry", args=[entry.municipality.slug, entry.pk])


def test_a_failed_task_shows_on_the_page_and_on_the_dashboard(
    client, member_client, municipality, settings
):
    settings.BACKGROUND_TASKS = {**settings.BACKGROUND_TASKS, "MAX_ATTEMPTS": 2}
    member_client(Role.ANALIST)
    result = always_fails.enqueue(municipality_pk=municipality.pk)
    entry = BackgroundTask.objects.get(pk=result.id)
    always_fails.get_backend().process_due(now=entry.next_attempt_at)
    entry.refresh_from_db()
    assert entry.status == Status.FAILED

    dashboard = client.get(reverse("organisations:dashboard", args=[municipality.slug]))
    assert page_url(municipality) in dashboard.content.decode()
    assert "1 background task failed" in dashboard.content.decode()

    page = client.get(page_url(municipality)).content.decode()
    assert "always fails" in page
    assert "2 of 2" in page
    assert "RuntimeError: Recipient [e-mail] refused" in page
    assert "jan.jansen" not in page
    assert retry_url(entry) in page


def test_the_page_lists_failed_and_retrying_tasks_of_this_municipality_only(
    client, member_client, municipality, other_municipality
):
    member_client(Role.MEDEWERKER)
    failed = BackgroundTaskFactory(municipality=municipality, last_error="Failed-here")
    retrying = BackgroundTaskFactory(
        municipality=municipality, status=Status.RETRYING, last_error="Retrying-here"
    )
    BackgroundTaskFactory(municipality=municipality, status=Status.DONE, last_error="Done-here")
    BackgroundTaskFactory(municipality=other_municipality, last_error="Elsewhere")
    BackgroundTaskFactory(municipality=None, last_error="Nobodys")

    page = client.get(page_url(municipality)).content.decode()

    assert "Failed-here" in page
    assert "Retrying-here" in page
    assert retry_url(failed) in page
    assert retry_url(retrying) in page
    assert "Done-here" not in page
    assert "Elsewhere" not in page
    assert "Nobodys" not in page


def test_no_link_on_the_dashboard_when_nothing_failed(client, member_client, municipality):
    member_client(Role.BEHEERDER)
    BackgroundTaskFactory(municipality=municipality, status=Status.DONE)
    BackgroundTaskFactory(municipality=municipality, status=Status.RETRYING)
    dashboard = client.get(reverse("organisations:dashboard", args=[municipality.slug]))
    assert page_url(municipality) not in dashboard.content.decode()


def test_the_empty_page_says_everything_ran(client, member_client, municipality):
    member_client(Role.BEHEERDER)
    assert "Everything ran" in client.get(page_url(municipality)).content.decode()


def test_try_again_resets_the_attempts_and_runs_the_task(client, member_client, municipality):
    member_client(Role.MEDEWERKER)
    entry = BackgroundTaskFactory(municipality=municipality)

    response = client.post(retry_url(entry), follow=True)

    entry.refresh_from_db()
    assert entry.status == Status.DONE
    assert entry.attempts == 1  # counted from zero again
    assert entry.return_value == 3
    assert "ran again and is done" in response.content.decode()


def test_try_again_of_a_task_that_fails_again_says_so(client, member_client, municipality):
    member_client(Role.MEDEWERKER)
    entry = BackgroundTaskFactory(
        municipality=municipality, task_path="tests.core.background_helpers.always_fails", args=[]
    )
    response = client.post(retry_url(entry), follow=True)
    entry.refresh_from_db()
    assert entry.status == Status.RETRYING
    assert entry.attempts == 1
    assert "failed again" in response.content.decode()


def test_a_finished_task_cannot_be_tried_again(client, member_client, municipality):
    member_client(Role.BEHEERDER)
    entry = BackgroundTaskFactory(municipality=municipality, status=Status.DONE, attempts=1)
    response = client.post(retry_url(entry), follow=True)
    entry.refresh_from_db()
    assert entry.attempts == 1
    assert "not waiting for a retry" in response.content.decode()


def test_try_again_needs_a_post(client, member_client, municipality):
    member_client(Role.BEHEERDER)
    entry = BackgroundTaskFactory(municipality=municipality)
    assert client.get(retry_url(entry)).status_code == 405
    entry.refresh_from_db()
    assert entry.status == Status.FAILED


@pytest.mark.parametrize("role", [Role.ADVIESRAAD, Role.VRIJWILLIGER])
def test_roles_without_trajects_do_not_see_the_tasks(client, member_client, municipality, role):
    member_client(role)
    entry = BackgroundTaskFactory(municipality=municipality)
    assert client.get(page_url(municipality)).status_code == 403
    assert client.post(retry_url(entry)).status_code == 403
    dashboard = client.get(reverse("organisations:dashboard", args=[municipality.slug]))
    assert page_url(municipality) not in dashboard.content.decode()
    entry.refresh_from_db()
    assert entry.status == Status.FAILED


def test_a_task_of_another_municipality_cannot_be_tried_again(
    client, member_client, municipality, other_municipality
):
    member_client(Role.BEHEERDER)
    theirs = BackgroundTaskFactory(municipality=other_municipality)
    url = reverse("core:background-task-retry", args=[municipality.slug, theirs.pk])
    assert client.post(url).status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == Status.FAILED
