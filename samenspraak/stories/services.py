"""Story points: opening them, receiving stories, and moderating before anything is used."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspraak.insights.models import Contribution

from .models import Story, StoryPoint

STORY_CHANNEL = "online"


class ClosedError(Exception):
    """The story point does not take stories now."""


def _lines(values) -> list[str]:
    seen = []
    for value in values:
        value = value.strip()
        if value and value not in seen:
            seen.append(value[:100])
    return seen


@transaction.atomic
def create_story_point(*, traject, title, intro, roles, topics, ask_msc, user=None) -> StoryPoint:
    point = StoryPoint(
        municipality=traject.municipality,
        traject=traject,
        title=title.strip(),
        intro=intro.strip(),
        roles=_lines(roles),
        topics=_lines(topics),
        ask_msc=ask_msc,
        created_by=user,
    )
    point.full_clean()
    point.save()
    return point


@transaction.atomic
def set_status(*, story_point: StoryPoint, status: str) -> StoryPoint:
    story_point.status = status
    story_point.full_clean()
    story_point.save(update_fields=["status"])
    return story_point


@transaction.atomic
def submit_story(*, story_point: StoryPoint, draft: dict, consent_public: bool) -> Story:
    """Keep the story for moderation; it is not used anywhere until a person has read it."""
    if story_point.status != StoryPoint.Status.OPEN:
        raise ClosedError
    story = Story(
        story_point=story_point,
        title=draft.get("title", "").strip(),
        text=draft.get("text", "").strip(),
        role=draft.get("role", "") if draft.get("role") in story_point.roles else "",
        feeling=draft.get("feeling") or None,
        topics=[t for t in draft.get("topics", []) if t in story_point.topics],
        wish_for_others=draft.get("wish_for_others", ""),
        msc=draft.get("msc", "").strip() if story_point.ask_msc else "",
        consent_public=consent_public,
        submitted_on=timezone.localdate(),
    )
    story.full_clean()
    story.save()
    return story


@transaction.atomic
def moderate(*, story: Story, decision: str, masked_text: str, masked_msc: str = "", reason=""):
    """Approve, keep internal or reject; the evidence pool follows the decision."""
    masked_text, masked_msc, reason = masked_text.strip(), masked_msc.strip(), reason.strip()
    if decision not in (Story.Status.APPROVED, Story.Status.INTERNAL, Story.Status.REJECTED):
        raise ValidationError({"decision": _("Choose what happens with this story.")})
    if decision == Story.Status.REJECTED and not reason:
        raise ValidationError({"reason": _("Write down why the story is rejected.")})
    if decision == Story.Status.APPROVED and not story.consent_public:
        raise ValidationError(
            {
                "decision": _(
                    "The teller did not agree to show this story. Choose internal use only."
                )
            }
        )
    if decision != Story.Status.REJECTED and not masked_text:
        raise ValidationError({"masked_text": _("Fill in the story as it may be used.")})
    story.status = decision
    story.masked_text = masked_text if decision != Story.Status.REJECTED else ""
    story.masked_msc = masked_msc if decision != Story.Status.REJECTED else ""
    story.reject_reason = reason if decision == Story.Status.REJECTED else ""
    story.moderated_on = timezone.localdate()
    story.contribution = _sync(story, story.contribution, story.masked_text, "verhaal")
    story.msc_contribution = _sync(story, story.msc_contribution, story.masked_msc, "msc")
    story.save()
    return story


def _sync(story: Story, contribution, text: str, key: str):
    """The story's place in the pool: present, with the masked text, only when it may be used."""
    if story.status == Story.Status.REJECTED or not text:
        if contribution is not None:
            contribution.delete()
        return None
    point = story.story_point
    contribution = contribution or Contribution(
        municipality_id=point.municipality_id,
        traject_id=point.traject_id,
        source_type=Contribution.SourceType.STORY,
        channel=STORY_CHANNEL,
        question_key=key,
        created_on=story.submitted_on,
    )
    contribution.respondent_group = story.role[:50]
    contribution.question_text = (
        story.title if key == "verhaal" else _("What was the most important change for you?")
    )
    if contribution.text != text:
        # The moderator wrote this wording to be shown: it is the reviewed mask.
        contribution.replace_text(text, reviewed=True)
    contribution.consent_public = story.status == Story.Status.APPROVED and story.consent_public
    contribution.save()
    return contribution
