"""Workspace pages of the core app: the municipality's background tasks that need attention."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspraak.organisations.roles import Permission
from samenspraak.organisations.scoping import requires

from . import selectors, services
from .models import BackgroundTask


@requires(Permission.MANAGE_TRAJECTS)
def background_tasks(request, gemeente):
    return render(
        request,
        "core/background_tasks.html",
        {"tasks": selectors.tasks_needing_attention(request.municipality)},
    )


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def background_task_retry(request, gemeente, pk):
    entry = get_object_or_404(
        BackgroundTask.objects.filter(municipality=request.municipality), pk=pk
    )
    try:
        entry = services.retry_task(entry=entry)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if entry.status == BackgroundTask.Status.DONE:
            messages.success(request, _("The task ran again and is done."))
        elif entry.status in (BackgroundTask.Status.RETRYING, BackgroundTask.Status.FAILED):
            messages.error(request, _("The task failed again. See the error below."))
        else:
            messages.success(request, _("The task is queued again."))
    return redirect("core:background-tasks", gemeente)
