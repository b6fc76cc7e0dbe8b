from django.db.models import Count, Q

from .models import Story, StoryPoint


def story_points_of(municipality):
    return (
        StoryPoint.objects.filter(municipality=municipality)
        .select_related("traject", "municipality")
        .annotate(
            story_count=Count("stories"),
            waiting_count=Count("stories", filter=Q(stories__status=Story.Status.WAITING)),
        )
    )


def public_stories(story_point, limit=10):
    """Approved stories whose tellers agreed, in the masked wording only."""
    return story_point.stories.filter(status=Story.Status.APPROVED, consent_public=True).only(
        "title", "masked_text", "submitted_on"
    )[:limit]


def open_story_points_of(municipality):
    return StoryPoint.objects.filter(
        municipality=municipality, status=StoryPoint.Status.OPEN
    ).order_by("title")
