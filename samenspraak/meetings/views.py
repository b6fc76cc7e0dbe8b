from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspraak.core.forms import apply_validation_error, posted
from samenspraak.organisations.roles import Permission
from samenspraak.organisations.scoping import requires
from samenspraak.responses.downloads import raw_data_download
from samenspraak.trajects.selectors import trajects_of

from . import exports, services
from .forms import HarvestItemForm, SessionForm
from .models import HarvestItem
from .selectors import conversation_methods, sessions_of

SESSION_FIELDS = ("title", "method", "held_on", "participant_count", "participant_kinds")


def _session(request, pk):
    return get_object_or_404(sessions_of(request.municipality), pk=pk)


@requires(Permission.MANAGE_TRAJECTS)
def session_list(request, gemeente):
    return render(request, "meetings/list.html", {"sessions": sessions_of(request.municipality)})


@requires(Permission.MANAGE_TRAJECTS)
def session_create(request, gemeente):
    trajects = trajects_of(request.municipality)
    form = SessionForm(
        posted(request),
        trajects=trajects,
        methods=conversation_methods(request.municipality),
        initial={"traject": request.GET.get("traject"), "method": request.GET.get("methode")},
    )
    if request.method == "POST" and form.is_valid():
        try:
            session = services.create_session(
                traject=form.cleaned_data["traject"],
                user=request.user,
                **{field: form.cleaned_data[field] for field in SESSION_FIELDS},
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The meeting report is made. Now add what was said."))
            return redirect(session.get_absolute_url())
    return render(
        request, "meetings/create.html", {"form": form, "has_trajects": trajects.exists()}
    )


@requires(Permission.MANAGE_TRAJECTS)
def session_edit(request, gemeente, pk):
    session = _session(request, pk)
    form = SessionForm(
        posted(request), instance=session, methods=conversation_methods(request.municipality)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.update_session(
                session=session, **{field: form.cleaned_data[field] for field in SESSION_FIELDS}
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The meeting report is saved."))
            return redirect(session.get_absolute_url())
    return render(request, "meetings/edit.html", {"form": form, "session": session})


@requires(Permission.MANAGE_TRAJECTS)
def session_detail(request, gemeente, pk):
    """The report with its harvest; the form below adds one item at a time."""
    session = _session(request, pk)
    form = HarvestItemForm(posted(request), initial={"mentions": 1})
    if request.method == "POST" and form.is_valid():
        try:
            services.add_item(session=session, **form.cleaned_data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Added to the harvest."))
            return redirect(session.get_absolute_url() + "#oogst")
    return render(
        request,
        "meetings/detail.html",
        {"session": session, "items": session.items.all(), "form": form},
    )


@requires(Permission.MANAGE_TRAJECTS)
def item_edit(request, gemeente, pk, item_pk):
    session = _session(request, pk)
    item = get_object_or_404(HarvestItem, session=session, pk=item_pk)
    form = HarvestItemForm(posted(request), instance=item)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_item(item=item, **form.cleaned_data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The item is saved."))
            return redirect(session.get_absolute_url() + "#oogst")
    return render(request, "meetings/item_edit.html", {"session": session, "form": form})


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def item_remove(request, gemeente, pk, item_pk):
    session = _session(request, pk)
    services.remove_item(item=get_object_or_404(HarvestItem, session=session, pk=item_pk))
    messages.success(request, _("The item is removed from the harvest."))
    return redirect(session.get_absolute_url() + "#oogst")


@requires(Permission.MANAGE_TRAJECTS)
def session_delete(request, gemeente, pk):
    session = _session(request, pk)
    if request.method == "POST":
        services.delete_session(session=session)
        messages.success(request, _("The meeting report and its harvest are deleted."))
        return redirect("meetings:list", request.municipality.slug)
    return render(request, "meetings/delete.html", {"session": session})


@requires(Permission.EXPORT_RAW_DATA)
def export(request, gemeente, pk, kind):
    session = _session(request, pk)
    return raw_data_download(
        request,
        exports.rows(session),
        kind=kind,
        what=f"gespreksverslag-{pk}",
        filename=exports.filename(session, kind),
        sheet="oogst",
    )
