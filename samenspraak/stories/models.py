"""The online vertelpunt: residents tell a story in their own words, staff moderate it.

Nothing a resident tells is shown or analysed before a person with access to raw data has read
it: a story enters the evidence pool when it is approved or kept for internal use, and only an
approved story whose teller agreed is shown publicly, in the masked wording.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from samenspraak.core.status import OpenStatus
from samenspraak.instruments.models import new_public_code

MAX_STORY_LENGTH = 5000


class StoryPoint(models.Model):
    Status = OpenStatus

    municipality = models.ForeignKey(
        "organisations.Municipality", related_name="story_points", on_delete=models.CASCADE
    )
    traject = models.ForeignKey(
        "trajects.Traject", related_name="story_points", on_delete=models.CASCADE
    )
    title = models.CharField(_("title"), max_length=200)
    intro = models.TextField(
        _("introduction"),
        help_text=_("Who asks, and why. Residents read this first. Write short sentences."),
    )
    public_code = models.CharField(max_length=16, unique=True, default=new_public_code)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.CONCEPT)
    roles = models.JSONField(default=list)
    topics = models.JSONField(default=list)
    ask_msc = models.BooleanField(
        _("ask for the most important change"),
        default=True,
        help_text=_("The Most Significant Change question: what changed most for you?"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("story point")
        verbose_name_plural = _("story points")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("stories:detail", args=[self.municipality.slug, self.pk])

    def get_public_url(self):
        return reverse("stories:start", args=[self.public_code])


class Story(models.Model):
    class Status(models.TextChoices):
        WAITING = "wacht", _("Waiting for moderation")
        APPROVED = "goedgekeurd", _("Approved: may be shown")
        INTERNAL = "intern", _("Internal use only")
        REJECTED = "afgewezen", _("Rejected")

    class Feeling(models.IntegerChoices):
        VERY_BAD = 1, _("Very bad")
        BAD = 2, _("Bad")
        NEUTRAL = 3, _("Not good, not bad")
        GOOD = 4, _("Good")
        VERY_GOOD = 5, _("Very good")

    class Wish(models.TextChoices):
        JA = "ja", _("Yes")
        NEE = "nee", _("No")
        WEET_NIET = "weet_niet", _("I don't know")

    story_point = models.ForeignKey(StoryPoint, related_name="stories", on_delete=models.CASCADE)
    title = models.CharField(max_length=120, blank=True)
    text = models.TextField()
    role = models.CharField(max_length=100, blank=True)
    feeling = models.PositiveSmallIntegerField(choices=Feeling.choices, null=True, blank=True)
    topics = models.JSONField(default=list, blank=True)
    wish_for_others = models.CharField(max_length=10, choices=Wish.choices, blank=True)
    msc = models.TextField(blank=True)
    consent_public = models.BooleanField(default=False)
    status = models.CharField(max_length=15, choices=Status.choices, default=Status.WAITING)
    masked_text = models.TextField(blank=True)
    masked_msc = models.TextField(blank=True)
    # The privacy app's suggestion, where the moderator starts (see privacy.services).
    suggested_text = models.TextField(blank=True)
    suggested_msc = models.TextField(blank=True)
    reject_reason = models.TextField(blank=True)
    submitted_on = models.DateField()
    moderated_on = models.DateField(null=True, blank=True)
    contribution = models.OneToOneField(
        "insights.Contribution",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="story",
    )
    msc_contribution = models.OneToOneField(
        "insights.Contribution",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="story_msc",
    )

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        ordering = ["-submitted_on", "-pk"]

    def __str__(self):
        return self.title or self.text[:60]
