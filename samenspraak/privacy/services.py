"""Masking the evidence pool. Detection runs in batches outside the web request (see tasks)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspraak.insights.models import Contribution, MaskState
from samenspraak.insights.search import index_terms
from samenspraak.stories.models import Story

from . import detection


def mask_text(text: str) -> tuple[str, list[dict]]:
    spans = detection.detect(text)
    return detection.apply(text, spans), [span.as_dict() for span in spans]


def mask_pending(*, municipality=None, batch_size: int = 500) -> int:
    """Masks every contribution that waits for it, and suggests masks for waiting stories.

    Only waiting texts are touched: a mask an analyst has checked is never overwritten.

    Works in batches so that a million waiting texts never sit in memory at once; each batch is
    one transaction, so a stopped run leaves only whole batches done.
    """
    pending = Contribution.objects.filter(mask_state=MaskState.PENDING)
    if municipality is not None:
        pending = pending.filter(municipality=municipality)
    done = 0
    while batch := list(pending.order_by("pk")[:batch_size]):
        for contribution in batch:
            contribution.masked_text, contribution.mask_spans = mask_text(contribution.text)
            contribution.mask_state = MaskState.AUTOMATIC
            contribution.search_text = index_terms(contribution.masked_text)
        with transaction.atomic():
            Contribution.objects.bulk_update(
                batch,
                ["masked_text", "mask_spans", "mask_state", "search_text"],
                batch_size=batch_size,
            )
        done += len(batch)
    suggest_story_masks(municipality=municipality)
    return done


def suggest_story_masks(*, municipality=None) -> int:
    """A waiting story gets a suggested masked wording that the moderator starts from."""
    stories = Story.objects.filter(status=Story.Status.WAITING, suggested_text="")
    if municipality is not None:
        stories = stories.filter(story_point__municipality=municipality)
    count = 0
    for story in stories.iterator():
        story.suggested_text = mask_text(story.text)[0]
        story.suggested_msc = mask_text(story.msc)[0] if story.msc else ""
        story.save(update_fields=["suggested_text", "suggested_msc"])
        count += 1
    return count


def correct_mask(*, contribution: Contribution, masked_text: str, user) -> Contribution:
    """An analyst's correction. It must still hide what the automatic mask hid."""
    masked_text = masked_text.strip()
    if not masked_text:
        raise ValidationError({"masked_text": _("Fill in the text as others may read it.")})
    for span in contribution.mask_spans:
        found = contribution.text[span["start"] : span["end"]]
        if found and found in masked_text:
            raise ValidationError(
                {
                    "masked_text": _(
                        "The text still contains “%(found)s”, which was masked as personal data. "
                        "Remove it or replace it with a placeholder such as [naam]."
                    )
                    % {"found": found}
                }
            )
    contribution.masked_text = masked_text
    contribution.mask_state = MaskState.REVIEWED
    contribution.mask_reviewed_by = user
    contribution.mask_reviewed_on = timezone.now()
    contribution.full_clean()
    contribution.save(
        update_fields=["masked_text", "mask_state", "mask_reviewed_by", "mask_reviewed_on"]
    )
    return contribution
