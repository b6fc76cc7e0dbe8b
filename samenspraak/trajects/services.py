from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from .models import Traject
from .werkvormen import STAGE_LABELS, werkvorm_for


@transaction.atomic
def create_traject(*, municipality, created_by, **fields) -> Traject:
    traject = Traject(municipality=municipality, created_by=created_by, **fields)
    traject.full_clean()
    traject.save()
    return traject


@transaction.atomic
def update_traject(*, traject: Traject, **fields) -> Traject:
    """Closing a traject also deletes the e-mail addresses residents left for its news."""
    from samenspraak.feedback.services import forget_contacts

    for name, value in fields.items():
        setattr(traject, name, value)
    traject.full_clean()
    traject.save()
    if traject.status == Traject.Status.AFGEROND:
        forget_contacts(traject)
    return traject


@transaction.atomic
def start_new_round(*, traject: Traject, name: str) -> list:
    """A new measurement for every questionnaire of the traject at once, so the rounds compare:
    the questions stay the same version, answers from now on count for the new round."""
    from samenspraak.instruments.models import Instrument
    from samenspraak.instruments.services import start_round

    name = name.strip()
    if not name:
        raise ValidationError({"name": _("Give the new measurement a name, such as 1-meting.")})
    instruments = list(
        Instrument.objects.filter(traject=traject).exclude(status=Instrument.Status.CONCEPT)
    )
    if not instruments:
        raise ValidationError(_("This traject has no published questionnaire to measure again."))
    return [start_round(instrument=instrument, name=name) for instrument in instruments]


@transaction.atomic
def start_from_werkvorm(*, municipality, created_by, werkvorm: str, title: str, question: str):
    """A traject from a regional werkvorm: the traject, its plan with the werkvorm's steps and a
    planned meeting with the tailored harvest form, all or nothing. Returns (traject, session)."""
    from samenspraak.meetings.services import plan_session
    from samenspraak.methods.selectors import method_for
    from samenspraak.methods.services import add_to_plan

    template = werkvorm_for(werkvorm)
    if template is None:
        raise ValidationError(_("This werkvorm does not exist."))
    method = method_for(template.method)
    if method is None:
        raise ValidationError(
            _("The method %(name)s is not in the catalogue. Ask the administrator to load it.")
            % {"name": template.title}
        )
    traject = create_traject(
        municipality=municipality,
        created_by=created_by,
        title=title.strip(),
        question=question.strip(),
        target_groups=["regiogemeenten"],
        werkvorm=template.key,
    )
    for step in template.steps:
        add_to_plan(
            traject=traject,
            method=method,
            phase=step.phase,
            who=step.who,
            when=step.when,
            notes=f"{STAGE_LABELS[step.stage]}: {step.text}",
        )
    session = plan_session(
        traject=traject,
        method=method,
        title=template.meeting_title,
        harvest_form=template.harvest_form,
        harvest_settings=template.harvest_settings,
        user=created_by,
    )
    return traject, session
