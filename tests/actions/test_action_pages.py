"""Action pages: staff run the workflow; the advisory council reads and advises."""

import pytest

from samenspraak.actions import services
from samenspraak.actions.models import Action, Comment
from samenspraak.insights.findings import save_finding
from samenspraak.organisations.roles import Role
from tests.factories import TrajectFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def traject(municipality):
    return TrajectFactory(municipality=municipality)


def base(traject):
    return f"/werkruimte/lindewaard/trajecten/{traject.pk}/acties/"


def test_propose_from_a_waiting_finding(client, member_client, traject):
    finding = save_finding(traject=traject, statement="Niemand neemt op.")
    member_client(Role.MEDEWERKER)
    page = client.get(base(traject)).content.decode()
    assert "Niemand neemt op." in page
    form = client.get(base(traject) + f"nieuw/?bevinding={finding.pk}").content.decode()
    assert "checked" in form
    response = client.post(
        base(traject) + "nieuw/",
        {
            "title": "Terugbelbelofte",
            "description": "Binnen één dag terugbellen.",
            "owner": "Klantcontactcentrum",
            "findings": [finding.pk],
        },
    )
    action = Action.objects.get()
    assert response.url == action.get_absolute_url()
    assert list(action.findings.all()) == [finding]


def test_errors_keep_what_was_typed(client, member_client, traject):
    member_client(Role.MEDEWERKER)
    page = client.post(
        base(traject) + "nieuw/",
        {"title": "", "description": "Binnen één dag terugbellen.", "owner": "KCC"},
    ).content.decode()
    assert "Binnen één dag terugbellen." in page
    assert not Action.objects.exists()


def test_status_change_through_the_page_needs_a_reason_to_reject(client, member_client, traject):
    action = services.save_action(
        traject=traject, user=None, title="Eén nummer", description="…", owner="Gemeente"
    )
    member_client(Role.MEDEWERKER)
    url = action.get_absolute_url()
    page = client.post(
        url,
        {"formulier": "status", "to_status": "niet_overgenomen", "reason": "", "on": "2026-11-20"},
    )
    assert page.status_code == 200
    action.refresh_from_db()
    assert action.status == "voorgesteld"
    client.post(
        url,
        {
            "formulier": "status",
            "to_status": "niet_overgenomen",
            "reason": "Te duur.",
            "on": "2026-11-20",
        },
    )
    action.refresh_from_db()
    assert (action.status, action.status_reason) == ("niet_overgenomen", "Te duur.")


def test_advisory_council_advises_but_does_not_decide(client, member_client, traject):
    action = services.save_action(
        traject=traject, user=None, title="Eén nummer", description="…", owner="Gemeente"
    )
    member_client(Role.ADVIESRAAD)
    url = action.get_absolute_url()
    client.post(url, {"formulier": "reactie", "kind": "advies", "text": "Wij adviseren positief."})
    assert Comment.objects.get().kind == "advies"
    assert "Wij adviseren positief." in client.get(url).content.decode()
    response = client.post(
        url, {"formulier": "status", "to_status": "besloten", "reason": "", "on": "2026-11-20"}
    )
    assert response.status_code == 404
    action.refresh_from_db()
    assert action.status == "voorgesteld"
    assert client.get(base(traject) + "nieuw/").status_code == 403


def test_milestones_are_added_and_ticked_off(client, member_client, traject):
    action = services.save_action(
        traject=traject, user=UserFactory(), title="Eén nummer", description="…", owner="Gemeente"
    )
    member_client(Role.MEDEWERKER)
    url = action.get_absolute_url()
    client.post(
        url, {"formulier": "mijlpaal", "title": "Nummer aangevraagd", "due_on": "2026-12-01"}
    )
    milestone = action.milestones.get()
    client.post(url + f"mijlpalen/{milestone.pk}/")
    milestone.refresh_from_db()
    assert milestone.done_on is not None
    assert client.get(url + f"mijlpalen/{milestone.pk}/").status_code == 405
