from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspraak.core.forms import apply_validation_error, posted
from samenspraak.organisations.roles import Permission
from samenspraak.organisations.scoping import requires
from samenspraak.responses.downloads import raw_data_download
from samenspraak.trajects.selectors import trajects_of

from . import exports, services
from .forms import HarvestItemForm, HarvestSettingsForm, SessionForm
from .harvest import FORMS, SETTING_KEY, SETTING_LABELS
from .models import HarvestItem, HarvestPhoto
from .selectors import conversation_methods, sessions_of, tailored_harvest

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


def _item_form(session, request, item=None):
    """The session's harvest form: the general one, or the one tailored to its werkvorm."""
    data = posted(request)
    tailored = FORMS.get(session.harvest_form)
    if tailored is None:
        return HarvestItemForm(data, instance=item, initial={"mentions": 1})
    initial = tailored.initial_from(item) if item is not None else {"mentions": 1}
    files = request.FILES if data is not None else None
    return tailored(data, files, session=session, item=item, initial=initial)


@requires(Permission.MANAGE_TRAJECTS)
def session_detail(request, gemeente, pk):
    """The report with its harvest; the form below adds one item at a time."""
    session = _session(request, pk)
    form = _item_form(session, request)
    if request.method == "POST" and form.is_valid():
        try:
            services.add_item(session=session, **form.entry())
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Added to the harvest."))
            return redirect(session.get_absolute_url() + "#oogst")
    items = list(session.items.select_related("photo"))
    return render(
        request,
        "meetings/detail.html",
        {
            "session": session,
            "items": items,
            "form": form,
            "tailored": tailored_harvest(session, items),
            "harvest_template": f"meetings/_harvest_{session.harvest_form}.html",
            "has_settings": session.harvest_form in SETTING_KEY,
        },
    )


@requires(Permission.MANAGE_TRAJECTS)
def harvest_settings(request, gemeente, pk):
    """The landkaart's themes or the wereldcafé's round questions, as plain lines."""
    session = _session(request, pk)
    if session.harvest_form not in SETTING_KEY:
        raise Http404
    key, label = SETTING_KEY[session.harvest_form], SETTING_LABELS[session.harvest_form]
    form = HarvestSettingsForm(
        posted(request),
        label=label,
        initial={"lines": "\n".join(session.harvest_settings.get(key, []))},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.update_harvest_settings(
                session=session, lines=form.cleaned_data["lines"].splitlines()
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The harvest form is saved."))
            return redirect(session.get_absolute_url())
    return render(
        request,
        "meetings/harvest_settings.html",
        {"session": session, "form": form, "label": label},
    )


@requires(Permission.MANAGE_TRAJECTS)
def item_edit(request, gemeente, pk, item_pk):
    session = _session(request, pk)
    item = get_object_or_404(HarvestItem, session=session, pk=item_pk)
    form = _item_form(session, request, item=item)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_item(item=item, **form.entry())
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The item is saved."))
            return redirect(session.get_absolute_url() + "#oogst")
    return render(request, "meetings/item_edit.html", {"session": session, "form": form})


@requires(Permission.MANAGE_TRAJECTS)
def item_photo(request, gemeente, pk, item_pk):
    """A work's photo, only through this check: it is not in the public media. A file gone
    from disk (a restore without the private files) is a missing photo, not a server error."""
    session = _session(request, pk)
    photo = get_object_or_404(HarvestPhoto, item__session=session, item__pk=item_pk)
    try:
        image = photo.image.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(image, content_type="image/jpeg")
    response["Cache-Control"] = "private, max-age=3600"
    return response


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
