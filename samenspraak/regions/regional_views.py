"""Pages of regional trajects (docs/regions.md, Regional trajects)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspraak.core.forms import apply_validation_error, posted

from . import regional
from .forms import JoinForm, RegionalTrajectForm
from .roles import RegionPermission
from .scoping import requires_region


def _regional_or_404(request, pk):
    found = regional.regional_traject_in(request.region, pk)
    if found is None:
        raise Http404
    return found


def regional_list(request, regio):
    return render(
        request,
        "regions/regional_list.html",
        {"regional_trajects": regional.regional_trajects_of(request.region)},
    )


def _save(request, form, instance=None):
    if request.method == "POST" and form.is_valid():
        try:
            return regional.save_regional_traject(
                region=request.region, user=request.user, instance=instance, **form.cleaned_data
            )
        except ValidationError as error:
            apply_validation_error(form, error)
    return None


@requires_region(RegionPermission.MANAGE_REGIONAL_TRAJECTS)
def regional_create(request, regio):
    form = RegionalTrajectForm(posted(request))
    saved = _save(request, form)
    if saved is not None:
        messages.success(
            request, _("The regional traject is saved. Member municipalities can join now.")
        )
        return redirect("regions:regional", regio=regio, pk=saved.pk)
    return render(request, "regions/regional_form.html", {"form": form, "regional": None})


@requires_region(RegionPermission.MANAGE_REGIONAL_TRAJECTS)
def regional_edit(request, regio, pk):
    found = _regional_or_404(request, pk)
    form = RegionalTrajectForm(posted(request), initial=RegionalTrajectForm.initial_from(found))
    saved = _save(request, form, instance=found)
    if saved is not None:
        messages.success(request, _("The changes are saved."))
        return redirect("regions:regional", regio=regio, pk=saved.pk)
    return render(request, "regions/regional_form.html", {"form": form, "regional": found})


def _detail(request, found, join_form=None):
    joinable = regional.joinable_municipalities(found, request.user)
    people = regional.participants(found)
    return render(
        request,
        "regions/regional.html",
        {
            "regional": found,
            "questionnaires": regional.questionnaire_titles(found),
            "participants": people,
            "join_form": join_form or (JoinForm(municipalities=joinable) if joinable else None),
        },
    )


def regional_detail(request, regio, pk):
    return _detail(request, _regional_or_404(request, pk))


@require_POST
def regional_join(request, regio, pk):
    """Anyone in the region space may ask; the service checks the municipality permission."""
    found = _regional_or_404(request, pk)
    form = JoinForm(
        request.POST, municipalities=regional.joinable_municipalities(found, request.user)
    )
    if form.is_valid():
        try:
            participation = regional.join(
                regional=found, municipality=form.cleaned_data["municipality"], user=request.user
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(
                request,
                _("%(name)s has joined. Its traject is ready, with the questionnaires as drafts.")
                % {"name": participation.municipality.name},
            )
            return redirect(participation.traject.get_absolute_url())
    return _detail(request, found, join_form=form)
