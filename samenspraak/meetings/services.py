"""Recording a meeting's harvest. Each item and its contribution are written together."""

import uuid

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspraak.core.images import clean_image
from samenspraak.insights.models import Contribution

from . import harvest
from .models import HarvestForm, HarvestItem, HarvestPhoto, MeetingSession

# A photo of a work is kept large enough to read a poem or see a drawing's detail on a screen.
PHOTO_SIDE = 1600

# Contributions from a meeting carry this channel, beside the questionnaire channels.
MEETING_CHANNEL = "bijeenkomst"


def _check_date(held_on):
    if held_on is None:
        raise ValidationError({"held_on": _("Fill in the day of the meeting.")})
    if held_on > timezone.localdate():
        raise ValidationError(
            {"held_on": _("This date is in the future. Fill in the day of the meeting.")}
        )


def _check_method(traject, method) -> None:
    """A method from the shared catalogue or the traject's own municipality, never another's."""
    if method is not None and method.municipality_id not in (None, traject.municipality_id):
        raise ValidationError({"method": _("Choose a method from the catalogue.")})


@transaction.atomic
def create_session(
    *, traject, method, title, held_on, participant_count, participant_kinds, user=None
) -> MeetingSession:
    _check_date(held_on)
    _check_method(traject, method)
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
def plan_session(
    *, traject, method, title, harvest_form, harvest_settings=None, user=None
) -> MeetingSession:
    """A meeting that has not been held yet, with the harvest form of its werkvorm. Date and
    participants follow after the meeting; until then nothing can be harvested."""
    if harvest_form not in HarvestForm.values:
        raise ValidationError(_("Choose a known harvest form."))
    harvest_settings = harvest_settings or {}
    problems = harvest.settings_problems(harvest_form, harvest_settings)
    if problems:
        raise ValidationError(problems)
    _check_method(traject, method)
    session = MeetingSession(
        municipality=traject.municipality,
        traject=traject,
        method=method,
        title=title.strip(),
        harvest_form=harvest_form,
        harvest_settings=harvest_settings,
        created_by=user,
    )
    session.full_clean()
    session.save()
    return session


@transaction.atomic
def update_harvest_settings(*, session: MeetingSession, lines: list[str]) -> MeetingSession:
    """The landkaart's themes or the wereldcafé's round questions. Items already written keep
    the theme or question they were given."""
    key = harvest.SETTING_KEY.get(session.harvest_form)
    if key is None:
        raise ValidationError(_("This harvest form has no settings."))
    settings = {key: [line.strip() for line in lines if line.strip()]}
    problems = harvest.settings_problems(session.harvest_form, settings)
    if problems:
        raise ValidationError({"lines": problems})
    session.harvest_settings = settings
    session.save(update_fields=["harvest_settings"])
    return session


@transaction.atomic
def update_session(*, session, method, title, held_on, participant_count, participant_kinds):
    """Change the report's details; its harvest follows (method and date are on every item)."""
    _check_date(held_on)
    if participant_count is None or not participant_kinds.strip():
        raise ValidationError(_("Fill in how many people took part and who they were."))
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


def _check_details(session, details, exclude_pk=None):
    problems = harvest.details_problems(session.harvest_form, details)
    if problems:  # a programming error, not a typing one: the forms give sound details
        raise ValidationError("; ".join(problems))
    error = harvest.conflict(session, details, exclude_pk=exclude_pk)
    if error is not None:
        raise error


def _require_description(description: str) -> None:
    """A photo is kept only with words for people who cannot see it (its alt text)."""
    if not description.strip():
        raise ValidationError(
            {"foto_beschrijving": _("Describe what the photo shows, for people who cannot see it.")}
        )


def _clean_photo(session, photo, description: str, maker_agrees: bool):
    """The re-encoded photo, checked before anything is written; None without a photo."""
    if photo is None:
        return None
    if session.harvest_form != HarvestForm.KUNST:
        raise ValidationError(_("Only the harvest of a kunst & cultuur meeting has photos."))
    if not maker_agrees:
        raise ValidationError(
            {"toestemming": _("Tick that the maker agrees, or leave out the photo.")}
        )
    _require_description(description)
    try:
        return clean_image(photo, max_side=PHOTO_SIDE, output_format="JPEG")
    except ValidationError as error:
        raise ValidationError({"foto": error.messages}) from error


def _store_photo(item, cleaned, description: str) -> None:
    """Written last, so a failure removes the file together with the rolled-back rows."""
    photo = HarvestPhoto(item=item, description=description.strip())
    photo.image.save(f"{uuid.uuid4().hex}.jpg", cleaned.content, save=False)
    try:
        photo.full_clean()
        photo.save()
    except Exception:
        photo.image.delete(save=False)
        raise


@transaction.atomic
def add_item(
    *,
    session,
    kind,
    text,
    table="",
    round_number=None,
    mentions=1,
    details=None,
    question_text="",
    location="",
    score=None,
    photo=None,
    photo_description="",
    maker_agrees=False,
) -> HarvestItem:
    """One item and its contribution. A tailored form adds ``details`` and tags the
    contribution with its question (theme, round question…), place or municipality and score;
    a kunst & cultuur work may come with a photo of it."""
    if session.is_planned:
        raise ValidationError(
            _("Fill in the date and the participants first: the meeting has not been held yet.")
        )
    details = details or {}
    _check_details(session, details)
    cleaned = _clean_photo(session, photo, photo_description, maker_agrees)
    text = text.strip()
    item = HarvestItem(
        session=session,
        kind=kind,
        text=text,
        table=table.strip(),
        round_number=round_number,
        mentions=mentions,
        details=details,
    )
    item.full_clean(exclude=["contribution"])
    item.contribution = Contribution.objects.create(
        municipality_id=session.municipality_id,
        traject_id=session.traject_id,
        method=session.method,
        source_type=Contribution.SourceType.MEETING_HARVEST,
        channel=MEETING_CHANNEL,
        question_text=question_text or item.get_kind_display(),
        location=location[:200],
        score=score,
        text=text,
        created_on=session.held_on,
    )
    item.save()
    if cleaned is not None:
        _store_photo(item, cleaned, photo_description)
    return item


@transaction.atomic
def update_item(
    *,
    item: HarvestItem,
    kind,
    text,
    table="",
    round_number=None,
    mentions=1,
    details=None,
    question_text="",
    location="",
    score=None,
    photo=None,
    photo_description="",
    maker_agrees=False,
    remove_photo=False,
):
    """Change an item; a new photo replaces the old one, which is removed from disk."""
    details = details or {}
    _check_details(item.session, details, exclude_pk=item.pk)
    cleaned = _clean_photo(item.session, photo, photo_description, maker_agrees)
    current = HarvestPhoto.objects.filter(item=item).first()
    if current is not None and cleaned is None and not remove_photo:
        _require_description(photo_description)
        current.description = photo_description.strip()
        current.full_clean()
        current.save(update_fields=["description"])
    item.kind = kind
    item.text = text.strip()
    item.table = table.strip()
    item.round_number = round_number
    item.mentions = mentions
    item.details = details
    item.full_clean()
    item.save()
    contribution = item.contribution
    if contribution.text != item.text:
        contribution.replace_text(item.text)
    contribution.question_text = question_text or item.get_kind_display()
    contribution.location = location[:200]
    contribution.score = score
    contribution.save()
    if current is not None and (cleaned is not None or remove_photo):
        current.delete()  # the file follows once the change is committed (apps.py)
    if cleaned is not None:
        _store_photo(item, cleaned, photo_description)
    return item


@transaction.atomic
def remove_item(*, item: HarvestItem) -> None:
    item.contribution.delete()  # the item goes with it


@transaction.atomic
def delete_session(*, session: MeetingSession) -> None:
    Contribution.objects.filter(harvest_item__session=session).delete()
    session.delete()
