"""Mystery guest: trained guests try the route to help with a realistic question and report.

Staff define scenarios (the help question), locations or channels to try, and criteria scored
from 1 to 5. Each guest is assigned scenario × location combinations and sees only those.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from samenspraak.core.status import OpenStatus


class MysteryRound(models.Model):
    Status = OpenStatus

    municipality = models.ForeignKey(
        "organisations.Municipality", related_name="mystery_rounds", on_delete=models.CASCADE
    )
    traject = models.ForeignKey(
        "trajects.Traject", related_name="mystery_rounds", on_delete=models.CASCADE
    )
    title = models.CharField(_("title"), max_length=200)
    instructions = models.TextField(_("instructions for the guests"))
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.CONCEPT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("mystery guest round")
        verbose_name_plural = _("mystery guest rounds")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("mystery:detail", args=[self.municipality.slug, self.pk])


class Scenario(models.Model):
    round = models.ForeignKey(MysteryRound, related_name="scenarios", on_delete=models.CASCADE)
    title = models.CharField(max_length=200)
    help_question = models.TextField()
    position = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["position"]

    def __str__(self):
        return self.title


class Location(models.Model):
    round = models.ForeignKey(MysteryRound, related_name="locations", on_delete=models.CASCADE)
    name = models.CharField(max_length=200)
    position = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["position"]

    def __str__(self):
        return self.name


class Criterion(models.Model):
    round = models.ForeignKey(MysteryRound, related_name="criteria", on_delete=models.CASCADE)
    name = models.CharField(max_length=200)
    position = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["position"]

    def __str__(self):
        return self.name


class Assignment(models.Model):
    round = models.ForeignKey(MysteryRound, related_name="assignments", on_delete=models.CASCADE)
    guest = models.ForeignKey(
        settings.AUTH_USER_MODEL, related_name="mystery_assignments", on_delete=models.CASCADE
    )
    scenario = models.ForeignKey(Scenario, on_delete=models.CASCADE)
    location = models.ForeignKey(Location, on_delete=models.CASCADE)

    class Meta:
        ordering = ["scenario__position", "location__position"]
        constraints = [
            models.UniqueConstraint(
                fields=["guest", "scenario", "location"], name="one_assignment_per_combination"
            )
        ]

    def __str__(self):
        return f"{self.scenario} × {self.location}"


class Visit(models.Model):
    class Channel(models.TextChoices):
        BALIE = "balie", _("At a desk")
        TELEFOON = "telefoon", _("By telephone")
        WEBSITE = "website", _("On the website")
        CHAT = "chat", _("Chat")
        EMAIL = "email", _("E-mail")
        ANDERS = "anders", _("Another way")

    assignment = models.ForeignKey(Assignment, related_name="visits", on_delete=models.CASCADE)
    visited_on = models.DateField(_("date of the visit"))
    channel = models.CharField(
        _("how did you make contact?"), max_length=10, choices=Channel.choices
    )
    what_happened = models.TextField(_("what happened?"), max_length=5000)
    quotes = models.TextField(_("literal quotes (optional)"), max_length=2000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-visited_on", "-pk"]

    def __str__(self):
        return f"{self.assignment} {self.visited_on:%Y-%m-%d}"


class VisitScore(models.Model):
    visit = models.ForeignKey(Visit, related_name="scores", on_delete=models.CASCADE)
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE)
    score = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(5)]
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["visit", "criterion"], name="one_score_per_criterion")
        ]

    def __str__(self):
        return f"{self.criterion}: {self.score}"
