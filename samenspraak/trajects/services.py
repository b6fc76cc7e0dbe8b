from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from .models import Traject


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
