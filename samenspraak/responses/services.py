"""Answering a questionnaire: start, save page by page, resume later, submit once.

Nothing is final until ``submit``: it checks every visible question again on the server, writes
all answers and the contributions in one transaction, and marks an invitation code as used.
Answers to questions that skip logic hid are dropped, so no stale answer survives a change of
mind earlier in the questionnaire.
"""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspraak.insights.services import contributions_from_response
from samenspraak.instruments.models import Instrument, InvitationCode
from samenspraak.instruments.questionnaire import (
    AnswerError,
    clean_answer,
    clean_answers,
    visible_questions,
)

from .models import Answer, Response

RESUME_DAYS = getattr(settings, "RESPONSE_RESUME_DAYS", 14)
OPEN_TEXT_TYPES = {"text_short", "text_long"}


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class ClosedError(Exception):
    """The instrument does not take answers now."""


@transaction.atomic
def start_response(
    *, instrument: Instrument, channel: str, respondent_group: str = "", code: str = ""
) -> Response:
    return _new_response(
        instrument=instrument, channel=channel, respondent_group=respondent_group, code=code
    )


def _new_response(*, instrument, channel, respondent_group="", code="", save=True) -> Response:
    """Caller holds a transaction (the code row is locked until it commits).

    ``save=False`` leaves a new response unsaved, so that a complete submission costs one INSERT
    instead of an INSERT and an UPDATE.
    """
    if not instrument.is_open:
        raise ClosedError
    invitation = None
    if instrument.access == Instrument.Access.CODES:
        invitation = (
            InvitationCode.objects.select_for_update()
            .filter(instrument=instrument, code=code.strip().lower())
            .first()
        )
        if invitation is None:
            raise ValidationError(
                {"code": _("This code is not right. Check the letter and try again.")}
            )
        if invitation.used_on is not None:
            raise ValidationError({"code": _("This code has already been used.")})
        busy = Response.objects.filter(invitation_code=invitation).first()
        if busy is not None:
            return busy  # the same person continues where they were
    response = Response(
        instrument=instrument,
        version=instrument.current_version,
        round=instrument.current_round,
        channel=channel,
        respondent_group=respondent_group,
        invitation_code=invitation,
    )
    if save:
        response.save(force_insert=True)
    return response


def answer_question(*, response: Response, question: dict, raw: dict) -> None:
    """Validate one question's answer and keep it in the draft; raises AnswerError."""
    value = clean_answer(question, raw)
    draft = dict(response.draft)
    if value is None:
        draft.pop(question["key"], None)
    else:
        draft[question["key"]] = value
    if question["type"] == "matrix":
        for statement in question["statements"]:
            draft.pop(statement["key"], None)
        if value:
            draft.update(value)  # statement answers are addressable for skip logic
    response.draft = draft
    response.save(update_fields=["draft"])


def current_questions(response: Response) -> list[tuple[dict, dict]]:
    return visible_questions(response.version.definition, response.draft)


def missing_answers(response: Response) -> list[dict]:
    """Visible questions whose stored answer is absent or no longer valid."""
    missing = []
    for _section, question in current_questions(response):
        try:
            clean_answer(question, _as_raw(question, response.draft))
        except AnswerError:
            missing.append(question)
    return missing


def _as_raw(question: dict, draft: dict) -> dict:
    """Turn a stored answer back into submitted-form shape, to check it again."""
    key = question["key"]
    if question["type"] == "matrix":
        return {s["key"]: [draft[s["key"]]] for s in question["statements"] if s["key"] in draft}
    value = draft.get(key)
    if value is None:
        return {}
    if isinstance(value, dict):  # "anders, namelijk"
        choices = value["choice"] if isinstance(value["choice"], list) else [value["choice"]]
        return {key: choices, f"{key}_anders": [value["other"]]}
    if isinstance(value, list):
        return {key: [str(v) for v in value]}
    return {key: [str(value).replace(".", ",") if isinstance(value, float) else str(value)]}


def _answers_for(response: Response, visible, values: dict) -> list[Answer]:
    keys = []
    for _section, question in visible:
        if question["type"] == "matrix":
            keys += [statement["key"] for statement in question["statements"]]
        else:
            keys.append(question["key"])
    return [
        Answer(response=response, question_key=key, value=values[key])
        for key in keys
        if key in values
    ]


def _finalise(response: Response, visible, values: dict) -> Response:
    """Close the response, write the answers, feed the evidence pool; caller holds a transaction.

    ``response`` may still be unsaved (a complete submission in one request).
    """
    response.status = Response.Status.COMPLETE
    response.submitted_on = timezone.localdate()
    response.draft = {}
    response.resume_token_hash = ""
    response.resume_expires_at = None
    if response.pk is None:
        response.save(force_insert=True)
    else:
        response.save(
            update_fields=[
                "status",
                "submitted_on",
                "draft",
                "resume_token_hash",
                "resume_expires_at",
            ]
        )
    Answer.objects.bulk_create(_answers_for(response, visible, values))
    if response.invitation_code_id:
        InvitationCode.objects.filter(pk=response.invitation_code_id).update(
            used_on=response.submitted_on
        )
    contributions_from_response(
        response=response,
        open_questions=[q for _s, q in visible if q["type"] in OPEN_TEXT_TYPES],
        values=values,
    )
    return response


@transaction.atomic
def submit(*, response: Response) -> Response:
    response = (
        Response.objects.select_for_update()
        .select_related("version", "instrument")
        .get(pk=response.pk)
    )
    if response.status == Response.Status.COMPLETE:
        raise ValidationError(_("These answers have already been sent."))
    if missing_answers(response):
        raise ValidationError(_("Some questions still need an answer."))
    return _finalise(response, current_questions(response), dict(response.draft))


@transaction.atomic
def make_resume_token(*, response: Response) -> str:
    """A private link to continue later; only its hash is stored."""
    token = secrets.token_urlsafe(24)
    response.resume_token_hash = _hash(token)
    response.resume_expires_at = timezone.now() + timedelta(days=RESUME_DAYS)
    response.save(update_fields=["resume_token_hash", "resume_expires_at"])
    return token


def response_for_token(*, instrument: Instrument, token: str) -> Response | None:
    return Response.objects.filter(
        instrument=instrument,
        resume_token_hash=_hash(token),
        resume_expires_at__gt=timezone.now(),
        status=Response.Status.BUSY,
    ).first()


def first_unanswered(response: Response) -> int | None:
    """Page number of the first visible question without an answer yet."""
    for number, (_section, question) in enumerate(current_questions(response), 1):
        keys = (
            [s["key"] for s in question["statements"]]
            if question["type"] == "matrix"
            else [question["key"]]
        )
        if any(key not in response.draft for key in keys):
            return number
    return None


@transaction.atomic
def submit_complete(
    *, instrument: Instrument, answers: dict, channel: str, code: str = ""
) -> Response:
    """One request with every answer (API, kiosk app, offline entry): the same checks as the web.

    ``answers`` maps question keys (and matrix statement keys, and ``<key>_anders``) to a value
    or a list of values, as strings or numbers. Raises ValidationError with all problems.
    """
    response = _new_response(instrument=instrument, channel=channel, code=code, save=False)
    definition = response.version.definition
    raw = {
        key: [str(v) for v in (value if isinstance(value, list) else [value])]
        for key, value in answers.items()
        if value is not None
    }
    draft, problems = clean_answers(definition, lambda question: raw)
    if problems:
        raise ValidationError({question["key"]: str(problem) for question, problem in problems})
    visible = visible_questions(definition, draft)
    return _finalise(response, visible, draft)
