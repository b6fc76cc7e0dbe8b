"""Improvement actions for staff and the advisory council. Thin: forms in, services out."""

import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspraak.core.forms import apply_validation_error, posted
from samenspraak.insights.models import Finding
from samenspraak.organisations.roles import Permission
from samenspraak.organisations.scoping import requires
from samenspraak.trajects.selectors import traject_for

from . import selectors, services
from .forms import ActionForm, CommentForm, MilestoneForm, ProgressForm, StatusForm
from .models import Action, Milestone


def _action(request, traject, pk):
    try:
        return selectors.action_detail(traject, pk)
    except Action.DoesNotExist as error:
        raise Http404 from error


@requires(Permission.VIEW_RESULTS)
def action_list(request, gemeente, traject_pk):
    traject = traject_for(request.municipality, traject_pk)
    return render(
        request,
        "actions/list.html",
        {
            "traject": traject,
            "actions": selectors.actions_of(traject),
            "waiting": selectors.findings_waiting(traject),
            "counts": selectors.status_counts(traject),
        },
    )


@requires(Permission.MANAGE_TRAJECTS)
def action_edit(request, gemeente, traject_pk, pk=None):
    traject = traject_for(request.municipality, traject_pk)
    action = _action(request, traject, pk) if pk else None
    findings = Finding.objects.filter(traject=traject)
    initial = {"findings": request.GET.getlist("bevinding")} if action is None else {}
    form = ActionForm(posted(request), instance=action, findings=findings, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            saved = services.save_action(traject=traject, user=request.user, action=action, **data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The action is saved."))
            return redirect(saved.get_absolute_url())
    return render(
        request, "actions/form.html", {"traject": traject, "form": form, "action": action}
    )


@requires(Permission.VIEW_RESULTS)
def action_detail(request, gemeente, traject_pk, pk):
    """The action with its history, milestones and advice; each form posts back here."""
    traject = traject_for(request.municipality, traject_pk)
    action = _action(request, traject, pk)
    membership = request.membership
    today = datetime.date.today()
    submitted = request.POST.get("formulier") if request.method == "POST" else None
    forms = {
        "status": StatusForm(
            request.POST if submitted == "status" else None, action=action, initial={"on": today}
        ),
        "progress": ProgressForm(
            request.POST if submitted == "voortgang" else None,
            initial={"progress": action.progress},
        ),
        "milestone": MilestoneForm(request.POST if submitted == "mijlpaal" else None),
        "comment": CommentForm(request.POST if submitted == "reactie" else None),
    }
    if submitted:
        needed = Permission.COMMENT if submitted == "reactie" else Permission.MANAGE_TRAJECTS
        if not membership.has_perm(needed):
            raise Http404
        result = _handle(request, submitted, action, forms, today)
        if result is not None:
            return result
    return render(
        request,
        "actions/detail.html",
        {
            "traject": traject,
            "action": action,
            "forms": forms,
            "may_manage": membership.has_perm(Permission.MANAGE_TRAJECTS),
            "may_comment": membership.has_perm(Permission.COMMENT),
        },
    )


def _handle(request, submitted, action, forms, today):
    key = {
        "status": "status",
        "voortgang": "progress",
        "mijlpaal": "milestone",
        "reactie": "comment",
    }
    key = key.get(submitted)
    if key is None:
        return None
    form = forms[key]
    if not form.is_valid():
        return None
    data = form.cleaned_data
    try:
        if key == "status":
            services.change_status(action=action, user=request.user, **data)
            messages.success(request, _("The status is changed."))
        elif key == "progress":
            services.set_progress(action=action, progress=data["progress"])
            messages.success(request, _("The progress is saved."))
        elif key == "milestone":
            services.add_milestone(action=action, **data)
            messages.success(request, _("The milestone is added."))
        else:
            services.add_comment(action=action, author=request.user, on=today, **data)
            messages.success(request, _("Your reaction is added."))
    except ValidationError as error:
        apply_validation_error(form, error)
        return None
    return redirect(action.get_absolute_url())


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def milestone_toggle(request, gemeente, traject_pk, pk, milestone_pk):
    traject = traject_for(request.municipality, traject_pk)
    action = _action(request, traject, pk)
    milestone = Milestone.objects.filter(action=action, pk=milestone_pk).first()
    if milestone is None:
        raise Http404
    services.complete_milestone(milestone=milestone, on=datetime.date.today())
    return redirect(action.get_absolute_url())
