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
from .forms import ResponseForm, WalkForm
from .models import Walk
from .selectors import walks_of


def _walk(request, pk):
    return get_object_or_404(walks_of(request.municipality), pk=pk)


@requires(Permission.MANAGE_TRAJECTS)
def walk_list(request, gemeente):
    return render(request, "walks/staff_list.html", {"walks": walks_of(request.municipality)})


@requires(Permission.MANAGE_TRAJECTS)
def walk_create(request, gemeente):
    trajects = trajects_of(request.municipality)
    form = WalkForm(
        posted(request),
        trajects=trajects,
        initial={
            "traject": request.GET.get("traject"),
            "intro": _(
                "We walk together through the neighbourhood. Write down what helps and what "
                "gets in the way when you look for help. Add a photo if you like."
            ),
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            walk = services.create_walk(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The walk is made. Open it on the day of the walk."))
            return redirect(walk.get_absolute_url())
    return render(
        request, "walks/staff_create.html", {"form": form, "has_trajects": trajects.exists()}
    )


@requires(Permission.MANAGE_TRAJECTS)
def walk_detail(request, gemeente, pk):
    walk = _walk(request, pk)
    return render(
        request,
        "walks/staff_detail.html",
        {
            "walk": walk,
            "public_url": request.build_absolute_uri(walk.get_public_url()),
            "points": walk.points.order_by("-support_count", "pk"),
        },
    )


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def walk_status(request, gemeente, pk):
    walk = _walk(request, pk)
    status = request.POST.get("status")
    if status in (Walk.Status.OPEN, Walk.Status.GESLOTEN):
        services.set_status(walk=walk, status=status)
        messages.success(
            request,
            _("Participants can add points now.")
            if status == Walk.Status.OPEN
            else _("The walk is closed."),
        )
    return redirect(walk.get_absolute_url())


@requires(Permission.MANAGE_TRAJECTS)
def point_respond(request, gemeente, pk, point_pk):
    walk = _walk(request, pk)
    point = get_object_or_404(walk.points, pk=point_pk)
    form = ResponseForm(posted(request), initial={"response": point.response})
    if request.method == "POST" and form.is_valid():
        services.respond(point=point, response=form.cleaned_data["response"])
        messages.success(request, _("The response is saved."))
        return redirect(walk.get_absolute_url())
    return render(request, "walks/staff_respond.html", {"walk": walk, "point": point, "form": form})


@requires(Permission.EXPORT_RAW_DATA)
def export(request, gemeente, pk, kind):
    walk = _walk(request, pk)
    return raw_data_download(
        request,
        exports.rows(walk),
        kind=kind,
        what=f"schouw-{pk}",
        filename=exports.filename(walk, kind),
        sheet="punten",
    )
