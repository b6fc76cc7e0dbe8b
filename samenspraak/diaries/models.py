"""The dagboek: a participant writes short entries for a period through a private link.

The diary stays the participant's own until the period ends: only then do staff see the
entries and do they enter the evidence pool. The link's token is stored only as a hash.
"""

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from samenspraak.core.status import OpenStatus

MIN_DAYS = 7
# The private link keeps working this long after the period, to read back; then it is gone.
LINK_DAYS_AFTER_END = 30


class Diary(models.Model):
    Status = OpenStatus

    municipality = models.ForeignKey(
        "organisations.Municipality", related_name="diaries", on_delete=models.CASCADE
    )
    traject = models.ForeignKey(
        "trajects.Traject", related_name="diaries", on_delete=models.CASCADE
    )
    title = models.CharField(_("title"), max_length=200)
    intro = models.TextField(_("introduction"))
    days = models.PositiveSmallIntegerField(
        _("number of days"),
        default=14,
        validators=[MinValueValidator(MIN_DAYS), MaxValueValidator(90)],
        help_text=_("At least 7 days."),
    )
    prompts = models.JSONField(default=list)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.CONCEPT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("diary")
        verbose_name_plural = _("diaries")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("diaries:detail", args=[self.municipality.slug, self.pk])

    def prompt_for(self, day_number: int) -> str:
        """Day 1 gets the first prompt; the prompts repeat when the period is longer."""
        if not self.prompts:
            return ""
        return self.prompts[(day_number - 1) % len(self.prompts)]


class Participant(models.Model):
    diary = models.ForeignKey(Diary, related_name="participants", on_delete=models.CASCADE)
    number = models.PositiveIntegerField()
    token_hash = models.CharField(max_length=64, unique=True)
    starts_on = models.DateField()
    finished_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["diary", "number"], name="one_number_per_diary")
        ]

    def __str__(self):
        return f"{self.diary} #{self.number}"

    @property
    def ends_on(self) -> datetime.date:
        return self.starts_on + datetime.timedelta(days=self.diary.days - 1)

    @property
    def link_expires_on(self) -> datetime.date:
        return self.ends_on + datetime.timedelta(days=LINK_DAYS_AFTER_END)

    def day_number(self, day: datetime.date) -> int:
        return (day - self.starts_on).days + 1


class Reminder(models.Model):
    """Opt-in e-mail address for reminders, apart from the entries; deleted when the period ends."""

    participant = models.OneToOneField(
        Participant, related_name="reminder", on_delete=models.CASCADE
    )
    email = models.EmailField()

    def __str__(self):
        return f"reminder for {self.participant}"


class Entry(models.Model):
    class Mood(models.IntegerChoices):
        VERY_BAD = 1, _("Very bad")
        BAD = 2, _("Bad")
        NEUTRAL = 3, _("Not good, not bad")
        GOOD = 4, _("Good")
        VERY_GOOD = 5, _("Very good")

    participant = models.ForeignKey(Participant, related_name="entries", on_delete=models.CASCADE)
    day = models.DateField()
    mood = models.PositiveSmallIntegerField(_("how was your day?"), choices=Mood.choices)
    prompt = models.CharField(max_length=300, blank=True)
    text = models.TextField(_("what happened today?"), max_length=3000)
    created_at = models.DateTimeField(auto_now_add=True)
    contribution = models.OneToOneField(
        "insights.Contribution",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="diary_entry",
    )

    class Meta:
        ordering = ["-day", "-pk"]
        verbose_name = _("diary entry")
        verbose_name_plural = _("diary entries")

    def __str__(self):
        return f"{self.participant} {self.day:%Y-%m-%d}"
