"""The digital schouw: participants of a walk record points, support each other's points, and
the municipality answers each point.

A point's location is typed text or coordinates; a map is never needed. Photos are stored only
as re-encoded copies without metadata.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from samenspraak.core.status import OpenStatus
from samenspraak.instruments.models import new_public_code


class Walk(models.Model):
    Status = OpenStatus

    municipality = models.ForeignKey(
        "organisations.Municipality", related_name="walks", on_delete=models.CASCADE
    )
    traject = models.ForeignKey("trajects.Traject", related_name="walks", on_delete=models.CASCADE)
    title = models.CharField(_("title"), max_length=200)
    area = models.CharField(
        _("area or building"),
        max_length=200,
        help_text=_("Where the walk goes. For example: around the Lindeplein health centre."),
    )
    intro = models.TextField(_("introduction"))
    public_code = models.CharField(max_length=16, unique=True, default=new_public_code)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.CONCEPT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("neighbourhood walk")
        verbose_name_plural = _("neighbourhood walks")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("walks:detail", args=[self.municipality.slug, self.pk])

    def get_public_url(self):
        return reverse("walks:public", args=[self.public_code])


class WalkPoint(models.Model):
    class Category(models.TextChoices):
        KNELPUNT = "knelpunt", _("Problem: this does not work well")
        WAARDERING = "waardering", _("Appreciation: this works well")
        SUGGESTIE = "suggestie", _("Suggestion: this could be better like this")

    walk = models.ForeignKey(Walk, related_name="points", on_delete=models.CASCADE)
    category = models.CharField(_("kind of point"), max_length=15, choices=Category.choices)
    description = models.TextField(_("what do you see?"), max_length=2000)
    location_text = models.CharField(_("where is it?"), max_length=200, blank=True)
    latitude = models.DecimalField(
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    photo = models.ImageField(upload_to="schouw/%Y/%m/", blank=True)
    thumbnail = models.ImageField(upload_to="schouw/%Y/%m/", blank=True)
    support_count = models.PositiveIntegerField(default=0)
    response = models.TextField(_("response of the municipality"), blank=True)
    responded_on = models.DateField(null=True, blank=True)
    created_on = models.DateField()
    contribution = models.OneToOneField(
        "insights.Contribution", related_name="walk_point", on_delete=models.CASCADE
    )

    class Meta:
        verbose_name = _("walk point")
        verbose_name_plural = _("walk points")
        ordering = ["pk"]

    def __str__(self):
        return self.description[:60]

    @property
    def place(self) -> str:
        if self.location_text:
            return self.location_text
        if self.latitude is not None and self.longitude is not None:
            return f"{self.latitude}, {self.longitude}"
        return ""
