"""The schouw page for participants: see the points, add one, support another. No JavaScript.

Support is counted once per browser session; no IP address or account is involved.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit

from samenspraak.core.forms import apply_validation_error, posted
from samenspraak.privacy.selectors import public_text

from . import services
from .forms import PointForm
from .models import Walk

CLIENT_KEY = "samenspraak.core.ratelimit.client_key"
SUPPORTED = "schouw-gesteund"


def _walk(code):
    return get_object_or_404(Walk.objects.select_related("municipality"), public_code=code)


def _closed(request, walk):
    return render(
        request,
        "walks/closed.html",
        {"walk": walk, "public_municipality": walk.municipality},
        status=410 if walk.status == Walk.Status.GESLOTEN else 404,
    )


def _public_points(walk):
    """Residents' points as everyone may read them: masked like all public text."""
    points = list(walk.points.select_related("contribution"))
    for point in points:
        point.public_description = public_text(point.contribution)
    return points


@never_cache
def public(request, code):
    walk = _walk(code)
    if walk.status != Walk.Status.OPEN:
        return _closed(request, walk)
    return render(
        request,
        "walks/public.html",
        {
            "walk": walk,
            "public_municipality": walk.municipality,
            "points": _public_points(walk),
            "supported": set(request.session.get(SUPPORTED, [])),
        },
    )


@never_cache
@ratelimit(key=CLIENT_KEY, rate="60/h", method="POST", block=True)
def add_point(request, code):
    walk = _walk(code)
    if walk.status != Walk.Status.OPEN:
        return _closed(request, walk)
    form = PointForm(posted(request), request.FILES or None)
    if request.method == "POST" and not request.POST.get("website") and form.is_valid():
        try:
            services.add_point(
                walk=walk,
                photo=form.cleaned_data["photo"],
                **{
                    name: form.cleaned_data[name]
                    for name in (
                        "category",
                        "description",
                        "location_text",
                        "latitude",
                        "longitude",
                    )
                },
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Thank you. Your point has been added."))
            return redirect("walks:public", code)
    return render(
        request,
        "walks/add.html",
        {"walk": walk, "public_municipality": walk.municipality, "form": form},
    )


@require_POST
@ratelimit(key=CLIENT_KEY, rate="120/h", method="POST", block=True)
def support(request, code, point_pk):
    walk = _walk(code)
    if walk.status != Walk.Status.OPEN:
        return _closed(request, walk)
    point = get_object_or_404(walk.points, pk=point_pk)
    supported = request.session.get(SUPPORTED, [])
    if point.pk not in supported:
        services.support(point=point)
        request.session[SUPPORTED] = [*supported, point.pk]
        messages.success(request, _("You support this point."))
    return redirect(f"{walk.get_public_url()}#punt-{point.pk}")
