"""Recording a meeting's harvest. Each item and its contribution are written together."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspraak.insights.models import Contribution

from .models import HarvestItem, MeetingSession

# Contributions from a meeting carry this channel, beside the questionnaire channels.
MEETING_CHANNEL = "bijeenkomst"


def _check_date(held_on):
    if held_on > timezone.localdate():
        raise ValidationError(
            {"held_on": _("This date is in the future. Fill in the day of the meeting.")}
        )


@transaction.atomic
def create_session(
    *, traject, method, title, held_on, participant_count, participant_kinds, user=None
) -> MeetingSession:
    _check_date(held_on)
    if method is not None and method.municipality_id not in (None, traject.municipality_id):
        raise ValidationError({"method": _("Choose a method from the catalogue.")})
    session = MeetingSession(
        municipality=traject.municipality,
        traject=traject,
        method=method,
        title=title.strip(),
        held_on=held_on,
        participant_count=participant_count,
        participant_kinds=participant_kinds.strip(),
        created_by=user,
    )
    session.full_clean()
    session.save()
    return session


@transaction.atomic
def update_session(*, session, method, title, held_on, participant_count, participant_kinds):
    """Change the report's details; its harvest follows (method and date are on every item)."""
    _check_date(held_on)
    session.method = method
    session.title = title.strip()
    session.held_on = held_on
    session.participant_count = participant_count
    session.participant_kinds = participant_kinds.strip()
    session.full_clean()
    session.save()
    Contribution.objects.filter(harvest_item__session=session).update(
        method=method, created_on=held_on
    )
    return session


@transaction.atomic
def add_item(*, session, kind, text, table="", round_number=None, mentions=1) -> HarvestItem:
    text = text.strip()
    item = HarvestItem(
        session=session,
        kind=kind,
        text=text,
        table=table.strip(),
        round_number=round_number,
        mentions=mentions,
    )
    item.full_clean(exclude=["contribution"])
    item.contribution = Contribution.objects.create(
        municipality_id=session.municipality_id,
        traject_id=session.traject_id,
        method=session.method,
        source_type=Contribution.SourceType.MEETING_HARVEST,
        channel=MEETING_CHANNEL,
        question_text=item.get_kind_display(),
        text=text,
        created_on=session.held_on,
    )
    item.save()
    return item


@transaction.atomic
def update_item(*, item: HarvestItem, kind, text, table="", round_number=None, mentions=1):
    item.kind = kind
    item.text = text.strip()
    item.table = table.strip()
    item.round_number = round_number
    item.mentions = mentions
    item.full_clean()
    item.save()
    contribution = item.contribution
    if contribution.text != item.text:
        contribution.replace_text(item.text)
    contribution.question_text = item.get_kind_display()
    contribution.save()
    return item


@transaction.atomic
def remove_item(*, item: HarvestItem) -> None:
    item.contribution.delete()  # the item goes with it


@transaction.atomic
def delete_session(*, session: MeetingSession) -> None:
    Contribution.objects.filter(harvest_item__session=session).delete()
    session.delete()
