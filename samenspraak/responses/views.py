"""Public answering: works without JavaScript and without an account.

The resident's progress is bound to their session (a functional cookie); a private link lets them
continue on another day. Every page is validated on the server and nothing typed is lost.
"""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django_ratelimit.decorators import ratelimit

from samenspraak.core.forms import apply_validation_error, posted
from samenspraak.feedback.models import Subscription
from samenspraak.feedback.services import subscribe
from samenspraak.instruments.models import Instrument
from samenspraak.instruments.questionnaire import AnswerError

from . import services
from .forms import FeedbackForm, StartForm
from .models import Channel, Response
from .presentation import field_state, review_rows

CLIENT_KEY = "samenspraak.core.ratelimit.client_key"


def _instrument(code: str) -> Instrument:
    return get_object_or_404(
        Instrument.objects.select_related(
            "municipality", "traject", "current_version", "current_round"
        ),
        public_code=code,
    )


def _session_key(instrument) -> str:
    return f"antwoorden-{instrument.pk}"


def _response(request, instrument) -> Response | None:
    pk = request.session.get(_session_key(instrument))
    if pk is None:
        return None
    return (
        Response.objects.select_related("version")
        .filter(pk=pk, instrument=instrument, status=Response.Status.BUSY)
        .first()
    )


def _context(request, instrument, **extra):
    return {
        "instrument": instrument,
        "public_municipality": instrument.municipality,
        "kiosk": in_kiosk(request, instrument),
        **extra,
    }


KIOSK_SESSION = "kiosk-instrumenten"


def in_kiosk(request, instrument) -> bool:
    return instrument.pk in request.session.get(KIOSK_SESSION, [])


def _start_rate(group, request):
    """A tablet at the service desk serves many residents from one address: no limit there."""
    kiosk = request.session.get(KIOSK_SESSION, [])
    return None if kiosk else "30/h"


def bind_response(request, instrument, response) -> None:
    request.session[_session_key(instrument)] = response.pk


@never_cache
@ratelimit(key=CLIENT_KEY, rate=_start_rate, method="POST", block=True)
def start(request, code):
    instrument = _instrument(code)
    definition = instrument.current_version.definition
    if not instrument.is_open:
        return render(request, "responses/closed.html", _context(request, instrument), status=410)
    needs_code = instrument.access == Instrument.Access.CODES
    form = StartForm(request.POST if request.method == "POST" else None, needs_code=needs_code)
    if request.method == "POST" and form.is_valid():
        if form.is_spam:
            return redirect("responses:start", code)
        try:
            response = services.start_response(
                instrument=instrument,
                channel=Channel.KIOSK if in_kiosk(request, instrument) else Channel.ONLINE,
                code=form.cleaned_data.get("code", ""),
            )
        except services.ClosedError:
            return render(
                request, "responses/closed.html", _context(request, instrument), status=410
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            bind_response(request, instrument, response)
            return redirect("responses:question", code, 1)
    return render(
        request,
        "responses/start.html",
        _context(
            request,
            instrument,
            form=form,
            definition=definition,
            busy=_response(request, instrument),
        ),
    )


@never_cache
@ratelimit(key=CLIENT_KEY, rate="900/h", method="POST", block=True)
def question(request, code, number):
    instrument = _instrument(code)
    response = _response(request, instrument)
    if response is None:
        return redirect("responses:start", code)
    pages = services.current_questions(response)
    if number < 1:
        return redirect("responses:start", code)
    if number > len(pages):
        return redirect("responses:review", code)
    section, item = pages[number - 1]
    error = None
    raw = None
    if request.method == "POST":
        raw = dict(request.POST.lists())
        action = request.POST.get("actie", "volgende")
        try:
            services.answer_question(response=response, question=item, raw=raw)
        except AnswerError as problem:
            if action == "volgende":
                error = str(problem)
        else:
            raw = None
        if error is None:
            if action == "vorige":
                if number == 1:
                    return redirect("responses:start", code)
                return redirect("responses:question", code, number - 1)
            if action == "later":
                token = services.make_resume_token(response=response)
                request.session["resume_token"] = token
                return redirect("responses:later", code)
            pages = services.current_questions(response)
            if request.GET.get("terug") == "controleren" or number >= len(pages):
                return redirect("responses:review", code)
            return redirect("responses:question", code, number + 1)
    return render(
        request,
        "responses/question.html",
        _context(
            request,
            instrument,
            section=section,
            question=item,
            field=field_state(item, response.draft, raw),
            error=error,
            error_title=bool(error),
            number=number,
            total=len(pages),
        ),
    )


@never_cache
@ratelimit(key=CLIENT_KEY, rate="60/h", method="POST", block=True)
def review(request, code):
    instrument = _instrument(code)
    response = _response(request, instrument)
    if response is None:
        return redirect("responses:start", code)
    missing = services.missing_answers(response)
    if request.method == "POST" and not missing:
        if request.POST.get("website"):
            return redirect("responses:start", code)
        try:
            services.submit(response=response)
        except ValidationError:
            missing = services.missing_answers(response)
        else:
            request.session.pop(_session_key(instrument), None)
            request.session["bedankt"] = instrument.pk
            request.session["ingevoerd-door-medewerker"] = (
                instrument.pk if response.channel not in (Channel.ONLINE, Channel.KIOSK) else None
            )
            return redirect("responses:thanks", code)
    pages = services.current_questions(response)
    return render(
        request,
        "responses/review.html",
        _context(
            request,
            instrument,
            rows=review_rows(pages, response.draft, {q["key"] for q in missing}),
            missing=missing,
            error_title=bool(missing) and request.method == "POST",
        ),
    )


@never_cache
@ratelimit(key=CLIENT_KEY, rate="20/h", method="POST", block=True)
def thanks(request, code):
    instrument = _instrument(code)
    if request.session.get("bedankt") != instrument.pk:
        return redirect("responses:start", code)
    form = FeedbackForm(posted(request))
    saved = False
    if request.method == "POST" and form.is_valid():
        subscribe(
            traject=instrument.traject,
            email=form.cleaned_data["email"],
            source=Subscription.Source.QUESTIONNAIRE,
        )
        saved = True
    return render(
        request,
        "responses/thanks.html",
        _context(
            request,
            instrument,
            form=form,
            saved=saved,
            error_title=bool(form.errors),
            assisted=request.session.get("ingevoerd-door-medewerker") == instrument.pk,
        ),
    )


@never_cache
def later(request, code):
    instrument = _instrument(code)
    token = request.session.get("resume_token")
    if not token or _response(request, instrument) is None:
        return redirect("responses:start", code)
    link = request.build_absolute_uri(reverse("responses:resume", args=[code, token]))
    return render(
        request,
        "responses/later.html",
        _context(request, instrument, link=link, days=services.RESUME_DAYS),
    )


@never_cache
@ratelimit(key=CLIENT_KEY, rate="30/h", block=True)
def resume(request, code, token):
    instrument = _instrument(code)
    response = services.response_for_token(instrument=instrument, token=token)
    if response is None:
        raise Http404
    request.session[_session_key(instrument)] = response.pk
    first_open = services.first_unanswered(response)
    if first_open is None:
        return redirect("responses:review", code)
    return redirect("responses:question", code, first_open)


@never_cache
def kiosk_restart(request, code):
    """Start afresh for the next person: nothing of the previous answers stays visible."""
    instrument = _instrument(code)
    if not in_kiosk(request, instrument):
        return redirect("responses:start", code)
    busy = _response(request, instrument)
    if busy is not None:
        busy.delete()  # an abandoned kiosk response was never sent; keep nothing of it
    kiosk = request.session.get(KIOSK_SESSION, [])
    request.session.flush()
    request.session[KIOSK_SESSION] = kiosk
    return redirect("responses:start", code)
