"""Changing improvement actions. Every status change is kept with its date and reason."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from .models import (
    TRANSITIONS,
    Action,
    Comment,
    CountedValue,
    Goal,
    Indicator,
    Milestone,
    Status,
    StatusChange,
)


def _check_findings(traject, findings) -> None:
    if any(finding.traject_id != traject.pk for finding in findings):
        raise ValidationError({"findings": _("Choose findings of this traject.")})


def _check_dates(action: Action) -> None:
    errors = {}
    if action.planned_start and action.planned_end and action.planned_end < action.planned_start:
        errors["planned_end"] = _("The planned end is before the planned start.")
    if action.actual_start and action.actual_end and action.actual_end < action.actual_start:
        errors["actual_end"] = _("The end is before the start.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def save_action(*, traject, user, action: Action | None = None, findings=(), **fields) -> Action:
    """A new action starts as proposed; its first history line says so."""
    new = action is None
    action = action or Action(traject=traject)
    for name, value in fields.items():
        setattr(action, name, value.strip() if isinstance(value, str) else value)
    _check_findings(traject, findings)
    _check_dates(action)
    action.full_clean()
    action.save()
    action.findings.set(findings)
    if new:
        StatusChange.objects.create(
            action=action,
            to_status=Status.PROPOSED,
            changed_on=datetime.date.today(),
            changed_by=user,
        )
    return action


@transaction.atomic
def change_status(*, action: Action, to_status: str, reason: str, user, on: datetime.date):
    """Moves an action on. "Not adopted" needs a reason residents can read."""
    reason = reason.strip()
    if to_status not in TRANSITIONS[Status(action.status)]:
        raise ValidationError(
            {
                "to_status": _("An action that is “%(now)s” cannot become “%(next)s”.")
                % {"now": Status(action.status).label, "next": Status(to_status).label}
            }
        )
    if to_status == Status.NOT_ADOPTED and not reason:
        raise ValidationError(
            {"reason": _("Say why the action is not adopted. Residents will read this.")}
        )
    StatusChange.objects.create(
        action=action,
        from_status=action.status,
        to_status=to_status,
        reason=reason,
        changed_on=on,
        changed_by=user,
    )
    action.status = to_status
    action.status_reason = reason if to_status == Status.NOT_ADOPTED else ""
    if to_status == Status.IN_PROGRESS and not action.actual_start:
        action.actual_start = on
    if to_status == Status.DONE:
        action.actual_end = action.actual_end or on
        action.progress = 100
    action.save()
    return action


def set_progress(*, action: Action, progress: int) -> Action:
    if action.status not in (Status.IN_PROGRESS, Status.DONE):
        raise ValidationError({"progress": _("Progress is kept once the action has started.")})
    if not 0 <= progress <= 100:
        raise ValidationError({"progress": _("Give a percentage from 0 to 100.")})
    action.progress = progress
    action.save(update_fields=["progress", "updated_at"])
    return action


def add_milestone(*, action: Action, title: str, due_on) -> Milestone:
    milestone = Milestone(action=action, title=title.strip(), due_on=due_on)
    milestone.full_clean()
    milestone.save()
    return milestone


def complete_milestone(*, milestone: Milestone, on: datetime.date) -> Milestone:
    milestone.done_on = None if milestone.done_on else on
    milestone.save(update_fields=["done_on"])
    return milestone


def add_comment(*, action: Action, author, kind: str, text: str, on: datetime.date) -> Comment:
    """A remark or formal advice; formal advice is given on proposed or decided actions."""
    if kind == Comment.Kind.ADVICE and action.status not in (Status.PROPOSED, Status.DECIDED):
        raise ValidationError(
            {"kind": _("Formal advice is given before an action is carried out.")}
        )
    comment = Comment(action=action, author=author, kind=kind, text=text.strip(), given_on=on)
    comment.full_clean()
    comment.save()
    return comment


# --- Goal tree ------------------------------------------------------------------------------


@transaction.atomic
def save_goal(*, traject, parent=None, actions=(), **fields) -> Goal:
    if parent is not None and (parent.traject_id != traject.pk or parent.parent_id is not None):
        raise ValidationError({"parent": _("A sub-goal goes under a main goal of this traject.")})
    if any(action.traject_id != traject.pk for action in actions):
        raise ValidationError({"actions": _("Choose actions of this traject.")})
    goal = Goal(traject=traject, parent=parent, position=traject.goals.count(), **fields)
    goal.full_clean()
    goal.save()
    goal.actions.set(actions)
    return goal


@transaction.atomic
def save_indicator(*, goal: Goal, **fields) -> Indicator:
    """A measured indicator reads a closed question of one of the traject's instruments, a
    phase of one of its client journeys, or a criterion of its mystery guest rounds. Only the
    fields of the chosen source are kept."""
    indicator = Indicator(goal=goal, **fields)
    indicator.criterion_name = (indicator.criterion_name or "").strip()
    if indicator.kind == Indicator.Kind.MEASURED:
        if indicator.source == Indicator.Source.JOURNEY:
            _check_journey_phase(goal, indicator)
        elif indicator.source == Indicator.Source.MYSTERY:
            _check_criterion(goal, indicator)
        else:
            _check_question(goal, indicator)
    else:
        indicator.source = Indicator.Source.INSTRUMENT
        _keep_only(indicator, ())
    indicator.full_clean()
    indicator.save()
    return indicator


# The fields each source uses, with their empty value; a saved indicator keeps only its own.
SOURCE_FIELDS = {
    "instrument": lambda: None,
    "question_key": str,
    "positive_values": list,
    "journey": lambda: None,
    "phase_key": str,
    "criterion_name": str,
}


def _keep_only(indicator: Indicator, names) -> None:
    for name, empty in SOURCE_FIELDS.items():
        if name not in names:
            setattr(indicator, name, empty())


def _check_question(goal, indicator) -> None:
    instrument = indicator.instrument
    if instrument is None or instrument.traject_id != goal.traject_id:
        raise ValidationError({"question": _("Choose a question of this traject.")})
    if indicator.measure == Indicator.Measure.SHARE and not indicator.positive_values:
        raise ValidationError(
            {"positive_values": _("Say which answers count as positive, for example 4, 5.")}
        )
    _keep_only(indicator, ("instrument", "question_key", "positive_values"))


def _check_journey_phase(goal, indicator) -> None:
    journey = indicator.journey
    if (
        journey is None
        or journey.traject_id != goal.traject_id
        or indicator.phase_key not in {phase.get("key") for phase in journey.phases}
    ):
        raise ValidationError({"phase": _("Choose a phase of a client journey of this traject.")})
    _keep_only(indicator, ("journey", "phase_key"))


def _check_criterion(goal, indicator) -> None:
    from samenspraak.mystery.models import Criterion

    from .indicators import same_criterion

    names = (
        Criterion.objects.filter(round__traject_id=goal.traject_id)
        .order_by("round__created_at", "round_id", "position")
        .values_list("name", flat=True)
    )
    found = next((n for n in names if same_criterion(n, indicator.criterion_name)), None)
    if not indicator.criterion_name or found is None:
        raise ValidationError(
            {"criterion": _("Choose a criterion of a mystery guest round of this traject.")}
        )
    indicator.criterion_name = found.strip()
    _keep_only(indicator, ("criterion_name",))


def add_counted_value(*, indicator: Indicator, label, value, source, user) -> CountedValue:
    if indicator.kind != Indicator.Kind.COUNTED:
        raise ValidationError(_("Only counted indicators take entered figures."))
    counted = CountedValue(
        indicator=indicator,
        label=label.strip(),
        value=value,
        source=source.strip(),
        position=indicator.values.count(),
        entered_by=user,
    )
    counted.full_clean()
    counted.save()
    return counted
