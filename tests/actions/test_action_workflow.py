"""The status workflow of improvement actions: allowed steps, required reasons, history."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from samenspraak.actions import services
from samenspraak.actions.models import Status
from samenspraak.actions.selectors import findings_waiting
from samenspraak.insights.findings import save_finding
from tests.factories import TrajectFactory, UserFactory

pytestmark = pytest.mark.django_db
DAY = datetime.date(2026, 11, 1)


@pytest.fixture
def traject(municipality):
    return TrajectFactory(municipality=municipality)


def new_action(traject, **fields):
    data = {
        "title": "Eén telefoonnummer",
        "description": "We maken één nummer.",
        "owner": "Wijkteam",
    }
    return services.save_action(traject=traject, user=UserFactory(), **{**data, **fields})


def test_new_action_is_proposed_with_a_first_history_line(traject):
    action = new_action(traject)
    assert action.status == Status.PROPOSED
    assert [(c.from_status, c.to_status) for c in action.history.all()] == [("", "voorgesteld")]


def test_the_way_through_is_kept_with_dates_and_reasons(traject):
    action = new_action(traject)
    user = UserFactory()
    services.change_status(
        action=action, to_status="besloten", reason="College akkoord", user=user, on=DAY
    )
    services.change_status(action=action, to_status="in_uitvoering", reason="", user=user, on=DAY)
    assert action.actual_start == DAY
    services.set_progress(action=action, progress=40)
    services.change_status(
        action=action,
        to_status="gerealiseerd",
        reason="",
        user=user,
        on=DAY + datetime.timedelta(30),
    )
    action.refresh_from_db()
    assert (action.status, action.progress, action.actual_end) == (
        "gerealiseerd",
        100,
        DAY + datetime.timedelta(30),
    )
    assert [c.to_status for c in action.history.all()] == [
        "voorgesteld",
        "besloten",
        "in_uitvoering",
        "gerealiseerd",
    ]
    assert action.history.get(to_status="besloten").reason == "College akkoord"


def test_steps_that_are_not_allowed(traject):
    action = new_action(traject)
    with pytest.raises(ValidationError):
        services.change_status(
            action=action, to_status="gerealiseerd", reason="", user=None, on=DAY
        )
    with pytest.raises(ValidationError):
        services.set_progress(action=action, progress=50)  # not started yet
    assert action.history.count() == 1


def test_not_adopted_needs_a_reason_residents_can_read(traject):
    action = new_action(traject)
    with pytest.raises(ValidationError) as error:
        services.change_status(
            action=action, to_status="niet_overgenomen", reason=" ", user=None, on=DAY
        )
    assert "reason" in error.value.message_dict
    services.change_status(
        action=action,
        to_status="niet_overgenomen",
        reason="Past niet in het budget van 2027.",
        user=None,
        on=DAY,
    )
    assert action.status_reason == "Past niet in het budget van 2027."
    services.change_status(
        action=action, to_status="voorgesteld", reason="Nieuw budget", user=None, on=DAY
    )
    assert action.status_reason == ""


def test_dates_must_be_in_order(traject):
    with pytest.raises(ValidationError) as error:
        new_action(traject, planned_start=DAY, planned_end=DAY - datetime.timedelta(1))
    assert "planned_end" in error.value.message_dict


def test_findings_without_any_action_wait_for_a_decision(traject):
    first = save_finding(traject=traject, statement="Niemand neemt op.")
    second = save_finding(traject=traject, statement="Brieven zijn moeilijk.")
    assert list(findings_waiting(traject)) == [first, second]
    action = new_action(traject, findings=[first])
    services.change_status(
        action=action, to_status="niet_overgenomen", reason="Kan niet.", user=None, on=DAY
    )
    assert list(findings_waiting(traject)) == [second]  # answered, even if not adopted


def test_formal_advice_only_before_the_action_is_carried_out(traject):
    action = new_action(traject)
    services.add_comment(action=action, author=None, kind="advies", text="Doen.", on=DAY)
    services.change_status(action=action, to_status="besloten", reason="", user=None, on=DAY)
    services.change_status(action=action, to_status="in_uitvoering", reason="", user=None, on=DAY)
    with pytest.raises(ValidationError):
        services.add_comment(action=action, author=None, kind="advies", text="Te laat.", on=DAY)
    services.add_comment(action=action, author=None, kind="opmerking", text="Goed bezig.", on=DAY)
    assert action.comments.count() == 2
