"""The public vertelpunt: story, a few questions, a review, thanks. No JavaScript needed.

What the teller typed lives in their session until they send it, so "Vorige" and mistakes
never lose anything and nothing half-finished is stored.
"""

from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django_ratelimit.decorators import ratelimit

from samenspraak.core.forms import posted

from . import services
from .forms import QuestionsForm, SendForm, StoryForm
from .models import Story, StoryPoint
from .selectors import public_stories

CLIENT_KEY = "samenspraak.core.ratelimit.client_key"
STEPS = 3


def _point(code):
    return get_object_or_404(StoryPoint.objects.select_related("municipality"), public_code=code)


def _key(point) -> str:
    return f"verhaal-{point.pk}"


def _draft(request, point) -> dict:
    return request.session.get(_key(point), {})


def _keep(request, point, data: dict) -> None:
    request.session[_key(point)] = {**_draft(request, point), **data}


def _render(request, point, template, status=200, **context):
    if point.status != StoryPoint.Status.OPEN and template != "stories/thanks.html":
        return render(
            request,
            "stories/closed.html",
            {"point": point, "public_municipality": point.municipality},
            status=410 if point.status == StoryPoint.Status.GESLOTEN else 404,
        )
    return render(
        request,
        template,
        {"point": point, "public_municipality": point.municipality, "steps": STEPS, **context},
        status=status,
    )


@never_cache
def start(request, code):
    point = _point(code)
    return _render(request, point, "stories/start.html", stories=public_stories(point))


@never_cache
@ratelimit(key=CLIENT_KEY, rate="120/h", method="POST", block=True)
def story(request, code):
    point = _point(code)
    form = StoryForm(posted(request), initial=_draft(request, point))
    if request.method == "POST" and form.is_valid() and point.status == StoryPoint.Status.OPEN:
        _keep(request, point, form.cleaned_data)
        return redirect("stories:questions", code)
    return _render(request, point, "stories/story.html", form=form, step=1)


@never_cache
@ratelimit(key=CLIENT_KEY, rate="120/h", method="POST", block=True)
def questions(request, code):
    point = _point(code)
    if not _draft(request, point).get("text"):
        return redirect("stories:story", code)
    form = QuestionsForm(posted(request), initial=_draft(request, point), story_point=point)
    if request.method == "POST" and form.is_valid() and point.status == StoryPoint.Status.OPEN:
        _keep(request, point, form.cleaned_data)
        back = "vorige" in request.POST
        return redirect("stories:story" if back else "stories:review", code)
    return _render(request, point, "stories/questions.html", form=form, step=2)


def _review_rows(point, draft) -> list[dict]:
    form = QuestionsForm(story_point=point)
    rows = [
        {"label": StoryForm.base_fields["title"].label, "value": draft.get("title"), "step": 1},
        {"label": StoryForm.base_fields["text"].label, "value": draft.get("text"), "step": 1},
    ]
    for name, field in form.fields.items():
        value = draft.get(name)
        labels = dict(getattr(field, "choices", ()))
        if isinstance(value, list):
            value = ", ".join(str(labels.get(v, v)) for v in value)
        elif value not in (None, ""):
            value = labels.get(value, value)
        rows.append({"label": field.label, "value": value, "step": 2})
    for row in rows:
        row["url"] = reverse(
            "stories:story" if row["step"] == 1 else "stories:questions", args=[point.public_code]
        )
    return rows


@never_cache
@ratelimit(key=CLIENT_KEY, rate="20/h", method="POST", block=True)
def review(request, code):
    point = _point(code)
    draft = _draft(request, point)
    if not draft.get("text"):
        return redirect("stories:story", code)
    form = SendForm(posted(request))
    if request.method == "POST" and form.is_valid() and point.status == StoryPoint.Status.OPEN:
        if request.POST.get("website"):
            return redirect("stories:start", code)
        try:
            services.submit_story(
                story_point=point,
                draft=draft,
                consent_public=form.cleaned_data["consent_public"],
            )
        except services.ClosedError:
            pass  # _render shows the closed page
        else:
            request.session.pop(_key(point), None)
            request.session["verhaal-bedankt"] = point.pk
            return redirect("stories:thanks", code)
    return _render(
        request,
        point,
        "stories/review.html",
        form=form,
        rows=_review_rows(point, draft),
        step=3,
    )


@never_cache
def thanks(request, code):
    point = _point(code)
    if request.session.get("verhaal-bedankt") != point.pk:
        return redirect("stories:start", code)
    return _render(request, point, "stories/thanks.html", story_status=Story.Status)
