"""Background work for diaries, through Django's task interface."""

from django.core.mail import send_mail
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_tasks import task

from samenspraak.core.background import describe

from .models import Participant, Reminder


def _municipality(participant_pk: int):
    return (
        Participant.objects.filter(pk=participant_pk)
        .values_list("diary__municipality_id", flat=True)
        .first()
    )


@describe(gettext_lazy("Diary reminder e-mail"), municipality=_municipality)
@task()
def send_reminder(participant_pk: int) -> bool:
    """A reminder never contains what the participant wrote, nor the private link."""
    reminder = (
        Reminder.objects.select_related("participant__diary")
        .filter(participant_id=participant_pk)
        .first()
    )
    if reminder is None:
        return False  # opted out in the meantime
    with translation.override("nl"):
        send_mail(
            subject=_("Reminder: your diary"),
            message=_(
                "Today you can write in your diary “%(title)s” again. Use the private link you "
                "received. Do you no longer want these e-mails? You can stop them on your diary "
                "page."
            )
            % {"title": reminder.participant.diary.title},
            from_email=None,
            recipient_list=[reminder.email],
        )
    return True
