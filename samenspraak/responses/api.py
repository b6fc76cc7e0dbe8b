"""JSON intake of a complete response in one request.

For apps that collect answers themselves (a kiosk app, offline entry); the same validation,
skip logic and privacy rules as the web flow apply. No session, no cookie, no CSRF token: the
request carries no credentials, so cross-site forgery gains an attacker nothing it could not
do directly; rate limiting per client address bounds abuse.
"""

import json

from django.core.exceptions import ValidationError
from django.http import Http404, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit

from samenspraak.instruments.selectors import instrument_for_intake

from . import services
from .models import Channel

MAX_BODY = 64 * 1024


@csrf_exempt
@require_POST
@ratelimit(key="samenspraak.core.ratelimit.client_key", rate="120/m", block=True)
def submit_response(request, code):
    instrument = instrument_for_intake(code)
    if instrument is None:
        raise Http404
    if len(request.body) > MAX_BODY:
        return JsonResponse({"error": "te groot"}, status=413)
    try:
        payload = json.loads(request.body)
        answers = payload["antwoorden"]
        if not isinstance(answers, dict):
            raise TypeError
    except (ValueError, KeyError, TypeError):
        return JsonResponse({"error": "Stuur JSON met een object 'antwoorden'."}, status=400)
    channel = payload.get("kanaal", Channel.ONLINE)
    if channel not in (Channel.ONLINE, Channel.KIOSK):
        channel = Channel.ONLINE
    try:
        response = services.submit_complete(
            instrument=instrument,
            answers=answers,
            channel=channel,
            code=str(payload.get("code", "")),
        )
    except services.ClosedError:
        return JsonResponse({"error": "Deze vragenlijst is gesloten."}, status=410)
    except ValidationError as error:
        detail = error.message_dict if hasattr(error, "error_dict") else {"": error.messages}
        return JsonResponse({"fouten": {k: v[0] for k, v in detail.items()}}, status=422)
    return JsonResponse(
        {"status": "ontvangen", "datum": response.submitted_on.isoformat()}, status=201
    )
