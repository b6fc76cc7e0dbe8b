"""The schouw: open a walk, record points with cleaned photos, support them, answer them."""

import uuid

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspraak.core.images import clean_image
from samenspraak.insights.models import Contribution

from .models import Walk, WalkPoint

PHOTO_SIDE, THUMBNAIL_SIDE = 1600, 480
WALK_CHANNEL = "schouw"


class ClosedError(Exception):
    """The walk does not take points now."""


@transaction.atomic
def create_walk(*, traject, title, area, intro, user=None) -> Walk:
    walk = Walk(
        municipality=traject.municipality,
        traject=traject,
        title=title.strip(),
        area=area.strip(),
        intro=intro.strip(),
        created_by=user,
    )
    walk.full_clean()
    walk.save()
    return walk


@transaction.atomic
def set_status(*, walk: Walk, status: str) -> Walk:
    walk.status = status
    walk.full_clean()
    walk.save(update_fields=["status"])
    return walk


@transaction.atomic
def add_point(
    *,
    walk: Walk,
    category,
    description,
    location_text="",
    latitude=None,
    longitude=None,
    photo=None,
) -> WalkPoint:
    """Check everything, clean the photo, then write the point and its contribution at once."""
    if walk.status != Walk.Status.OPEN:
        raise ValidationError(_("This walk is closed."))
    if (latitude is None) != (longitude is None):
        raise ValidationError({"longitude": _("Fill in both coordinates, or neither.")})
    point = WalkPoint(
        walk=walk,
        category=category,
        description=description.strip(),
        location_text=location_text.strip(),
        latitude=latitude,
        longitude=longitude,
        created_on=timezone.localdate(),
    )
    point.full_clean(exclude=["contribution", "photo", "thumbnail"])
    cleaned = None
    if photo is not None:
        try:
            cleaned = clean_image(
                photo, max_side=PHOTO_SIDE, output_format="JPEG", thumbnail_side=THUMBNAIL_SIDE
            )
        except ValidationError as error:
            raise ValidationError({"photo": error.messages}) from error
    point.contribution = Contribution.objects.create(
        municipality_id=walk.municipality_id,
        traject_id=walk.traject_id,
        source_type=Contribution.SourceType.WALK_POINT,
        channel=WALK_CHANNEL,
        question_key=point.category,
        question_text=point.get_category_display(),
        text=point.description,
        created_on=point.created_on,
        location=point.place,
    )
    if cleaned is not None:
        name = uuid.uuid4().hex  # never the uploaded file name
        point.photo.save(f"{name}.jpg", cleaned.content, save=False)
        point.thumbnail.save(f"{name}-klein.jpg", cleaned.thumbnail, save=False)
    try:
        point.save()
    except Exception:
        # The transaction rolls back; the files on disk must not outlive it.
        point.photo.delete(save=False)
        point.thumbnail.delete(save=False)
        raise
    return point


def support(*, point: WalkPoint) -> None:
    """+1 from another participant; the caller makes sure one visitor supports a point once."""
    WalkPoint.objects.filter(pk=point.pk).update(support_count=F("support_count") + 1)


@transaction.atomic
def respond(*, point: WalkPoint, response: str) -> WalkPoint:
    point.response = response.strip()
    point.responded_on = timezone.localdate() if point.response else None
    point.save(update_fields=["response", "responded_on"])
    return point
