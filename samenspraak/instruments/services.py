"""State changes of instruments: creation from a template, publishing, rounds, codes."""

import copy

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from .models import Instrument, InvitationCode, QuestionnaireVersion, Round
from .questionnaire import definition_problems
from .selectors import intake_cache_key
from .templates_catalogue import personalise, templates

MAX_CODES_PER_BATCH = 10_000


def _forget_for_intake(instrument: Instrument) -> None:
    """The JSON intake must read the instrument afresh.

    Cleared now, for reads later in this transaction, and again after the commit, because a
    request in between may have cached the state from before the change.
    """
    key = intake_cache_key(instrument.public_code)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


@transaction.atomic
def create_questionnaire(*, traject, template_key: str, title: str, user) -> Instrument:
    template = templates().get(template_key)
    if template is None:
        raise ValidationError({"template": _("Choose one of the templates.")})
    instrument = Instrument.objects.create(
        municipality=traject.municipality,
        traject=traject,
        title=title or template.title,
        template_key=template_key,
        created_by=user,
    )
    definition = personalise(copy.deepcopy(template.definition), traject.municipality.name)
    instrument.current_version = QuestionnaireVersion.objects.create(
        instrument=instrument, number=1, definition=definition
    )
    instrument.current_round = Round.objects.create(
        instrument=instrument, number=0, name=_("Baseline (0-meting)")
    )
    instrument.save(update_fields=["current_version", "current_round"])
    return instrument


@transaction.atomic
def save_definition(*, instrument: Instrument, definition: dict) -> QuestionnaireVersion:
    """Store a changed questionnaire; a version that has answers is never changed."""
    problems = definition_problems(definition)
    if problems:
        raise ValidationError(problems)
    version = instrument.current_version
    if version.is_frozen:
        instrument.current_version = QuestionnaireVersion.objects.create(
            instrument=instrument, number=version.number + 1, definition=definition
        )
        instrument.save(update_fields=["current_version"])
        _forget_for_intake(instrument)
        return instrument.current_version
    version.definition = definition
    version.save(update_fields=["definition"])
    _forget_for_intake(instrument)
    return version


@transaction.atomic
def publish(*, instrument: Instrument, opens_on, closes_on, access, feedback_expected=""):
    if opens_on and closes_on and closes_on < opens_on:
        raise ValidationError(
            {"closes_on": _("The closing date must be on or after the opening date.")}
        )
    instrument.opens_on, instrument.closes_on = opens_on, closes_on
    instrument.access, instrument.feedback_expected = access, feedback_expected
    instrument.status = Instrument.Status.GEPUBLICEERD
    instrument.save()
    _forget_for_intake(instrument)
    return instrument


@transaction.atomic
def close(*, instrument: Instrument) -> Instrument:
    instrument.status = Instrument.Status.GESLOTEN
    instrument.save(update_fields=["status"])
    _forget_for_intake(instrument)
    return instrument


@transaction.atomic
def start_round(*, instrument: Instrument, name: str) -> Round:
    last = instrument.rounds.order_by("-number").first()
    number = last.number + 1 if last else 0
    instrument.current_round = Round.objects.create(instrument=instrument, number=number, name=name)
    instrument.save(update_fields=["current_round"])
    _forget_for_intake(instrument)
    return instrument.current_round


@transaction.atomic
def generate_codes(*, instrument: Instrument, count: int) -> list[InvitationCode]:
    if not 1 <= count <= MAX_CODES_PER_BATCH:
        raise ValidationError(
            {"count": _("Choose a number from 1 to %(max)s.") % {"max": MAX_CODES_PER_BATCH}}
        )
    return InvitationCode.objects.bulk_create(
        [InvitationCode(instrument=instrument) for _ in range(count)]
    )
