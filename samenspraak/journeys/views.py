"""Going through a client journey on the public site: one page per phase, then the curve.

The answers live in the session until they are sent, so "Vorige" and errors never lose what was
typed and nothing half-finished reaches the database. An interviewer uses the same pages after
starting from the workspace, which marks the session as an interview or a schaduwreis.
"""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django_ratelimit.decorators import ratelimit

from samenspraak.core.forms import posted

from . import services
from .curve import curve
from .forms import PhaseForm
from .models import Journey, JourneyEntry
from .selectors import entry_points

CLIENT_KEY = "samenspraak.core.ratelimit.client_key"
THANKS_KEY = "klantreis-bedankt"


def _journey(code):
    return get_object_or_404(Journey.objects.select_related("municipality"), public_code=code)


def session_key(journey) -> str:
    return f"klantreis-{journey.pk}"


def _draft(request, journey) -> dict:
    return request.session.get(session_key(journey), {})


def _keep_phase(request, journey, key, data) -> None:
    draft = _draft(request, journey)
    draft.setdefault("phases", {})[key] = data
    request.session[session_key(journey)] = draft


def _render(request, journey, template, **context):
    if journey.status != Journey.Status.OPEN and template != "journeys/thanks.html":
        return render(
            request,
            "journeys/closed.html",
            {"journey": journey, "public_municipality": journey.municipality},
            status=410 if journey.status == Journey.Status.GESLOTEN else 404,
        )
    return render(
        request,
        template,
        {"journey": journey, "public_municipality": journey.municipality, **context},
    )


def _points(journey, draft_phases) -> list[tuple[str, int | None]]:
    points = []
    for phase in journey.phases:
        data = draft_phases.get(phase["key"]) or {}
        points.append((phase["name"], None if data.get("skipped") else data.get("score")))
    return points


@never_cache
def start(request, code):
    journey = _journey(code)
    return _render(request, journey, "journeys/start.html", draft=_draft(request, journey))


@never_cache
@ratelimit(key=CLIENT_KEY, rate="600/h", method="POST", block=True)
def phase(request, code, number):
    journey = _journey(code)
    total = len(journey.phases)
    if not 1 <= number <= total:
        raise Http404
    current = journey.phases[number - 1]
    back = "vorige" in request.POST
    form = PhaseForm(
        posted(request),
        initial=_draft(request, journey).get("phases", {}).get(current["key"]),
        require_score=not back,
    )
    if request.method == "POST" and form.is_valid() and journey.status == Journey.Status.OPEN:
        _keep_phase(request, journey, current["key"], form.cleaned_data)
        if back:
            return (
                redirect("journeys:phase", code, number - 1)
                if number > 1
                else redirect("journeys:start", code)
            )
        if number < total:
            return redirect("journeys:phase", code, number + 1)
        return redirect("journeys:review", code)
    return _render(
        request,
        journey,
        "journeys/phase.html",
        form=form,
        phase=current,
        number=number,
        total=total,
    )


@never_cache
@ratelimit(key=CLIENT_KEY, rate="20/h", method="POST", block=True)
def review(request, code):
    journey = _journey(code)
    draft = _draft(request, journey)
    if not draft.get("phases"):
        return redirect("journeys:phase", code, 1)
    error = None
    if request.method == "POST" and journey.status == Journey.Status.OPEN:
        if request.POST.get("website"):
            return redirect("journeys:start", code)
        try:
            entry = services.submit_entry(
                journey=journey,
                draft_phases=draft["phases"],
                kind=draft.get("kind", JourneyEntry.Kind.KLANTREIS),
                channel=draft.get("channel", JourneyEntry.Channel.ONLINE),
                respondent_group=draft.get("respondent_group", ""),
            )
        except ValidationError as problem:
            error = problem.messages[0]
        else:
            request.session.pop(session_key(journey), None)
            request.session[THANKS_KEY] = entry.pk
            return redirect("journeys:thanks", code)
    points = _points(journey, draft["phases"])
    return _render(
        request,
        journey,
        "journeys/review.html",
        curve=curve(points),
        rows=[
            {"number": n, "name": name, "score": score} for n, (name, score) in enumerate(points, 1)
        ],
        error=error,
        error_title=bool(error),
    )


@never_cache
def thanks(request, code):
    journey = _journey(code)
    entry = JourneyEntry.objects.filter(journey=journey, pk=request.session.get(THANKS_KEY)).first()
    if entry is None:
        return redirect("journeys:start", code)
    points = entry_points(entry)
    return _render(
        request,
        journey,
        "journeys/thanks.html",
        entry=entry,
        curve=curve(points),
        rows=[{"number": n, "name": name, "score": s} for n, (name, s) in enumerate(points, 1)],
    )
