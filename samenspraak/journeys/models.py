"""Client journeys (klantreis): a client's route to help, phase by phase, with a score each.

The scores from -2 to +2 draw the experience curve; the notes per phase become contributions
tagged with that phase and score. A schaduwreis is the same record made by a professional who
followed a client, and is marked as such.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from samenspraak.core.status import OpenStatus
from samenspraak.instruments.models import new_public_code


class Journey(models.Model):
    Status = OpenStatus

    municipality = models.ForeignKey(
        "organisations.Municipality", related_name="journeys", on_delete=models.CASCADE
    )
    traject = models.ForeignKey(
        "trajects.Traject", related_name="journeys", on_delete=models.CASCADE
    )
    title = models.CharField(_("title"), max_length=200)
    intro = models.TextField(_("introduction"))
    public_code = models.CharField(max_length=16, unique=True, default=new_public_code)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.CONCEPT)
    phases = models.JSONField(default=list)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("client journey")
        verbose_name_plural = _("client journeys")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("journeys:detail", args=[self.municipality.slug, self.pk])

    def get_public_url(self):
        return reverse("journeys:start", args=[self.public_code])


class JourneyEntry(models.Model):
    class Kind(models.TextChoices):
        KLANTREIS = "klantreis", _("Client journey, told by the client")
        SCHADUWREIS = "schaduwreis", _("Shadow journey, observed by a professional")

    class Channel(models.TextChoices):
        ONLINE = "online", _("Online, by the client")
        INTERVIEW = "interview", _("With an interviewer")

    journey = models.ForeignKey(Journey, related_name="entries", on_delete=models.CASCADE)
    kind = models.CharField(max_length=15, choices=Kind.choices, default=Kind.KLANTREIS)
    channel = models.CharField(max_length=15, choices=Channel.choices, default=Channel.ONLINE)
    respondent_group = models.CharField(max_length=50, blank=True)
    submitted_on = models.DateField()

    class Meta:
        verbose_name = _("journey")
        verbose_name_plural = _("journeys")
        ordering = ["-submitted_on", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()} {self.submitted_on:%Y-%m-%d}"


RATING = [MinValueValidator(1), MaxValueValidator(5)]


class PhaseExperience(models.Model):
    entry = models.ForeignKey(JourneyEntry, related_name="phases", on_delete=models.CASCADE)
    position = models.PositiveSmallIntegerField()
    phase_key = models.CharField(max_length=50)
    phase_name = models.CharField(max_length=100)
    what_happened = models.TextField(blank=True)
    score = models.SmallIntegerField(validators=[MinValueValidator(-2), MaxValueValidator(2)])
    bejegening = models.PositiveSmallIntegerField(null=True, blank=True, validators=RATING)
    communicatie = models.PositiveSmallIntegerField(null=True, blank=True, validators=RATING)
    deskundigheid = models.PositiveSmallIntegerField(null=True, blank=True, validators=RATING)
    should_differ = models.TextField(blank=True)

    class Meta:
        ordering = ["position"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(score__gte=-2, score__lte=2), name="journey_score_in_range"
            ),
            models.UniqueConstraint(fields=["entry", "phase_key"], name="one_experience_per_phase"),
        ]

    def __str__(self):
        return f"{self.phase_name}: {self.score:+d}"
