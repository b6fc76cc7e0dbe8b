from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspraak.core.forms import apply_validation_error, posted
from samenspraak.organisations.roles import Permission
from samenspraak.organisations.scoping import requires
from samenspraak.responses.downloads import raw_data_download
from samenspraak.trajects.selectors import trajects_of

from . import exports, services
from .forms import DiaryForm
from .models import Diary, Entry


def _diary(request, pk):
    return get_object_or_404(
        Diary.objects.filter(municipality=request.municipality).select_related("traject"), pk=pk
    )


@requires(Permission.MANAGE_TRAJECTS)
def diary_list(request, gemeente):
    diaries = (
        Diary.objects.filter(municipality=request.municipality)
        .select_related("traject")
        .annotate(participant_count=Count("participants"))
    )
    return render(request, "diaries/staff_list.html", {"diaries": diaries})


@requires(Permission.MANAGE_TRAJECTS)
def diary_create(request, gemeente):
    trajects = trajects_of(request.municipality)
    form = DiaryForm(
        posted(request),
        trajects=trajects,
        initial={
            "traject": request.GET.get("traject"),
            "days": 14,
            "prompts": "\n".join(services.DEFAULT_PROMPTS),
            "intro": _(
                "Write a few sentences every day about looking for help or getting it. "
                "Only you can read your diary until the period is over."
            ),
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            diary = services.create_diary(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The diary is made. Open it and invite participants."))
            return redirect(diary.get_absolute_url())
    return render(
        request, "diaries/staff_create.html", {"form": form, "has_trajects": trajects.exists()}
    )


@requires(Permission.MANAGE_TRAJECTS)
def diary_detail(request, gemeente, pk):
    """Participants and their progress; entries only of periods that have ended."""
    diary = _diary(request, pk)
    participants = diary.participants.annotate(entry_count=Count("entries"))
    finished = Entry.objects.filter(
        participant__diary=diary, participant__finished_on__isnull=False
    ).select_related("participant")
    return render(
        request,
        "diaries/staff_detail.html",
        {
            "diary": diary,
            "participants": participants,
            "entries": finished,
            "new_link": request.session.pop(f"dagboek-link-{diary.pk}", None),
        },
    )


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def diary_status(request, gemeente, pk):
    diary = _diary(request, pk)
    status = request.POST.get("status")
    if status in (Diary.Status.OPEN, Diary.Status.GESLOTEN):
        services.set_status(diary=diary, status=status)
    return redirect(diary.get_absolute_url())


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def participant_add(request, gemeente, pk):
    """The private link is shown once, on the next page; only its hash is kept."""
    diary = _diary(request, pk)
    try:
        _participant, token = services.add_participant(diary=diary)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        request.session[f"dagboek-link-{diary.pk}"] = request.build_absolute_uri(
            reverse("diaries:diary", args=[token])
        )
    return redirect(diary.get_absolute_url())


@requires(Permission.EXPORT_RAW_DATA)
def export(request, gemeente, pk, kind):
    diary = _diary(request, pk)
    return raw_data_download(
        request,
        exports.rows(diary),
        kind=kind,
        what=f"dagboek-{pk}",
        filename=exports.filename(diary, kind),
        sheet="stukjes",
    )
