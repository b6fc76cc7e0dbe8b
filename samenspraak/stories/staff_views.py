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
from .forms import ModerationForm, StoryPointForm
from .models import Story, StoryPoint
from .selectors import story_points_of
from .template import default_template


def _point(request, pk):
    return get_object_or_404(story_points_of(request.municipality), pk=pk)


@requires(Permission.MANAGE_TRAJECTS)
def point_list(request, gemeente):
    return render(
        request, "stories/staff_list.html", {"points": story_points_of(request.municipality)}
    )


@requires(Permission.MANAGE_TRAJECTS)
def point_create(request, gemeente):
    trajects = trajects_of(request.municipality)
    template = default_template()
    form = StoryPointForm(
        posted(request),
        trajects=trajects,
        initial={
            "traject": request.GET.get("traject"),
            "title": _("Tell your story"),
            "intro": _(
                "The municipality wants to know how it goes when you ask for help. "
                "Good or bad: your story helps to make it better."
            ),
            "roles": "\n".join(template["roles"]),
            "topics": "\n".join(template["topics"]),
            "ask_msc": template["ask_msc"],
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            point = services.create_story_point(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The story point is made. Open it when you are ready."))
            return redirect(point.get_absolute_url())
    return render(
        request, "stories/staff_create.html", {"form": form, "has_trajects": trajects.exists()}
    )


@requires(Permission.MANAGE_TRAJECTS)
def point_detail(request, gemeente, pk):
    point = _point(request, pk)
    return render(
        request,
        "stories/staff_detail.html",
        {
            "point": point,
            "public_url": request.build_absolute_uri(point.get_public_url()),
            "stories": point.stories.all(),
        },
    )


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def point_status(request, gemeente, pk):
    point = _point(request, pk)
    status = request.POST.get("status")
    if status in (StoryPoint.Status.OPEN, StoryPoint.Status.GESLOTEN):
        services.set_status(story_point=point, status=status)
        messages.success(
            request,
            _("Residents can tell their story now.")
            if status == StoryPoint.Status.OPEN
            else _("The story point is closed."),
        )
    return redirect(point.get_absolute_url())


@requires(Permission.VIEW_RAW_DATA)
def moderate(request, gemeente, pk, story_pk):
    """Read the story as told, mask what points to a person, and decide."""
    point = _point(request, pk)
    story = get_object_or_404(Story, story_point=point, pk=story_pk)
    form = ModerationForm(
        posted(request),
        story=story,
        initial={
            "decision": story.status if story.status != Story.Status.WAITING else None,
            "masked_text": story.masked_text or story.suggested_text or story.text,
            "masked_msc": story.masked_msc or story.suggested_msc or story.msc,
            "reason": story.reject_reason,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.moderate(story=story, **form.cleaned_data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The decision is saved."))
            return redirect(point.get_absolute_url())
    return render(
        request, "stories/staff_moderate.html", {"point": point, "story": story, "form": form}
    )


@requires(Permission.EXPORT_RAW_DATA)
def export(request, gemeente, pk, kind):
    point = _point(request, pk)
    return raw_data_download(
        request,
        exports.rows(point),
        kind=kind,
        what=f"vertelpunt-{pk}",
        filename=exports.filename(point, kind),
        sheet="verhalen",
    )
