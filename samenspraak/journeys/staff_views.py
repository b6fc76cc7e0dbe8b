from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspraak.core.forms import apply_validation_error, posted
from samenspraak.insights.findings import journey_summary
from samenspraak.organisations.roles import Permission
from samenspraak.organisations.scoping import requires
from samenspraak.privacy.selectors import may_read_raw
from samenspraak.responses.downloads import raw_data_download
from samenspraak.trajects.selectors import trajects_of

from . import exports, services
from .curve import curve
from .forms import AssistedForm, JourneyForm
from .models import Journey, JourneyEntry
from .phases import default_phases
from .selectors import average_curve, journeys_of
from .views import session_key


def _journey(request, pk):
    return get_object_or_404(journeys_of(request.municipality), pk=pk)


@requires(Permission.MANAGE_TRAJECTS)
def journey_list(request, gemeente):
    return render(
        request, "journeys/staff_list.html", {"journeys": journeys_of(request.municipality)}
    )


@requires(Permission.MANAGE_TRAJECTS)
def journey_create(request, gemeente):
    trajects = trajects_of(request.municipality)
    form = JourneyForm(
        posted(request),
        trajects=trajects,
        initial={
            "traject": request.GET.get("traject"),
            "title": _("How did your route to help go?"),
            "intro": _(
                "The municipality wants to know how each step on the way to help went for you. "
                "You go through the steps one by one. At the end you see your own curve."
            ),
            "phases": JourneyForm.lines(default_phases()),
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            journey = services.create_journey(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The client journey is made. Open it when you are ready."))
            return redirect(journey.get_absolute_url())
    return render(
        request, "journeys/staff_create.html", {"form": form, "has_trajects": trajects.exists()}
    )


@requires(Permission.MANAGE_TRAJECTS)
def journey_detail(request, gemeente, pk):
    """The route, who went through it, and the average curve of all journeys."""
    journey = _journey(request, pk)
    summary = journey_summary(journey)
    # Who may read raw data sees every phase; others not a figure of fewer than the minimum.
    rows = average_curve(journey) if may_read_raw(request.membership) else summary["rows"]
    return render(
        request,
        "journeys/staff_detail.html",
        {
            "journey": journey,
            "public_url": request.build_absolute_uri(journey.get_public_url()),
            "phase_rows": rows,
            "rows": [
                {"number": number, "name": row["name"], "score": row["mean"]}
                for number, row in enumerate(rows, 1)
            ],
            "curve": curve([(row["name"], row["mean"]) for row in rows]),
            "shadow_count": journey.entries.filter(kind=JourneyEntry.Kind.SCHADUWREIS).count(),
            "hotspots": summary["hotspots"],
        },
    )


@requires(Permission.MANAGE_TRAJECTS)
def phases_edit(request, gemeente, pk):
    journey = _journey(request, pk)
    form = JourneyForm(posted(request), initial={"phases": JourneyForm.lines(journey.phases)})
    if request.method == "POST" and form.is_valid():
        try:
            services.update_phases(journey=journey, phases=form.cleaned_data["phases"])
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The phases are saved."))
            return redirect(journey.get_absolute_url())
    return render(request, "journeys/staff_phases.html", {"journey": journey, "form": form})


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def journey_status(request, gemeente, pk):
    journey = _journey(request, pk)
    status = request.POST.get("status")
    if status in (Journey.Status.OPEN, Journey.Status.GESLOTEN):
        services.set_status(journey=journey, status=status)
        messages.success(
            request,
            _("Clients can go through the journey now.")
            if status == Journey.Status.OPEN
            else _("The client journey is closed."),
        )
    return redirect(journey.get_absolute_url())


@requires(Permission.ENTER_RESPONSES)
def assisted(request, gemeente, pk):
    """An interviewer or a professional (schaduwreis) fills in the journey on the same pages."""
    journey = _journey(request, pk)
    form = AssistedForm(posted(request))
    if request.method == "POST" and form.is_valid():
        request.session[session_key(journey)] = {
            "phases": {},
            "kind": form.cleaned_data["kind"],
            "channel": JourneyEntry.Channel.INTERVIEW,
            "respondent_group": form.cleaned_data["respondent_group"],
        }
        return redirect("journeys:phase", journey.public_code, 1)
    return render(request, "journeys/staff_assisted.html", {"journey": journey, "form": form})


@requires(Permission.EXPORT_RAW_DATA)
def export(request, gemeente, pk, kind):
    journey = _journey(request, pk)
    return raw_data_download(
        request,
        exports.rows(journey),
        kind=kind,
        what=f"klantreis-{pk}",
        filename=exports.filename(journey, kind),
        sheet="fasen",
    )
