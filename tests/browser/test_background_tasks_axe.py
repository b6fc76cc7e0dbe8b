"""axe-core on the background-tasks page and the dashboard notice, on a desktop and a phone."""

import pytest

from samenspraak.core.models import BackgroundTask
from samenspraak.organisations.roles import Role
from tests.browser.conftest import assert_accessible, assert_fits, login
from tests.core.background_helpers import BackgroundTaskFactory
from tests.factories import PASSWORD, MembershipFactory, MunicipalityFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def failed_tasks(db):
    municipality = MunicipalityFactory(name="Lindewaard", slug="lindewaard")
    membership = MembershipFactory(municipality=municipality, role=Role.BEHEERDER)
    BackgroundTaskFactory(
        municipality=municipality,
        task_path="samenspraak.insights.tasks.make_report",
        args=[999],
        kwargs={},
        last_error="OSError: cannot load font for the PDF",
    )
    BackgroundTaskFactory(
        municipality=municipality,
        task_path="samenspraak.diaries.tasks.send_reminder",
        args=[999],
        kwargs={},
        status=BackgroundTask.Status.RETRYING,
        attempts=2,
        last_error="SMTPServerDisconnected: Connection unexpectedly closed",
    )
    return membership


@pytest.mark.parametrize("device", ["page", "phone"])
def test_background_tasks_page_is_accessible(request, failed_tasks, device):
    page = request.getfixturevalue(device)
    login(page, failed_tasks.user.email, PASSWORD)
    page.goto("/werkruimte/lindewaard/")
    page.click("a[href='/werkruimte/lindewaard/achtergrondtaken/']")
    assert page.locator("h1").count() == 1
    assert page.locator("tbody tr").count() == 2
    assert_accessible(page)
    if device == "phone":
        assert_fits(page)
    page.locator("tbody tr button").first.click()  # try again: the report fails again
    assert page.locator("[role=alert]").count() == 1
    assert_accessible(page)
