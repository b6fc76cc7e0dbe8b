"""The harvest of conversations held in a room: a focus group, a wereldcafé, a dialoogtafel…

A session records how the conversation went without naming anyone; every harvest item is also
a contribution in the evidence pool, so analysis reads it beside answers and stories.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from samenspraak.core.storage import PrivateStorage


class HarvestForm(models.TextChoices):
    """How the harvest of a session is written down: the general form, or one tailored to a
    regional werkvorm of the Inspiratiegids (see meetings/harvest.py)."""

    ALGEMEEN = "", _("General harvest")
    LANDKAART = "landkaart", _("Landkaart: position per municipality and theme")
    WERKBEZOEK = "werkbezoek", _("Werkbezoek: observations")
    WERELDCAFE = "wereldcafe", _("Wereldcafé: rounds and tables")
    WEEK_VAN = "de-week-van", _("De week van…: activities")
    KUNST = "kunst-en-cultuur", _("Kunst & cultuur: works")


class MeetingSession(models.Model):
    municipality = models.ForeignKey(
        "organisations.Municipality", related_name="meeting_sessions", on_delete=models.CASCADE
    )
    traject = models.ForeignKey(
        "trajects.Traject", related_name="meeting_sessions", on_delete=models.CASCADE
    )
    method = models.ForeignKey(
        "methods.Method",
        verbose_name=_("method"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meeting_sessions",
    )
    title = models.CharField(_("title"), max_length=200)
    # Empty while the meeting is still planned (a traject started from a werkvorm makes one).
    held_on = models.DateField(_("date"), null=True, blank=True)
    participant_count = models.PositiveIntegerField(
        _("number of participants"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(10000)],
    )
    participant_kinds = models.CharField(
        _("who took part"),
        max_length=300,
        blank=True,
        help_text=_("Groups, never names. For example: residents, carers, two wijkteam staff."),
    )
    harvest_form = models.CharField(
        _("harvest form"), max_length=30, choices=HarvestForm.choices, default="", blank=True
    )
    # The landkaart's themes or the wereldcafé's round questions: {"themes": [...]} or
    # {"rounds": [...]}; checked by meetings.harvest.settings_problems.
    harvest_settings = models.JSONField(default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("meeting report")
        verbose_name_plural = _("meeting reports")
        ordering = ["-held_on", "-pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("meetings:detail", args=[self.municipality.slug, self.pk])

    @property
    def is_planned(self) -> bool:
        """Not held yet: the harvest waits until the date and participants are known."""
        return self.held_on is None


class HarvestItem(models.Model):
    class Kind(models.TextChoices):
        UITSPRAAK = "uitspraak", pgettext_lazy("said in a meeting", "Statement")
        CITAAT = "citaat", _("Quote")
        IDEE = "idee", _("Idea")
        AFSPRAAK = "afspraak", _("Agreement")

    session = models.ForeignKey(MeetingSession, related_name="items", on_delete=models.CASCADE)
    contribution = models.OneToOneField(
        "insights.Contribution", related_name="harvest_item", on_delete=models.CASCADE
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    text = models.TextField(_("what was said"))
    table = models.CharField(
        _("table"), max_length=50, blank=True, help_text=_("For a wereldcafé: which table.")
    )
    round_number = models.PositiveSmallIntegerField(
        _("conversation round"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
    )
    mentions = models.PositiveIntegerField(
        _("heard from how many people"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(10000)],
        help_text=_("1 if one person said it; more if several people said the same."),
    )
    # What a tailored harvest form records beside the text, e.g. the landkaart's municipality,
    # theme and position; the keys per form are checked by meetings.harvest.
    details = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("harvest item")
        verbose_name_plural = _("harvest items")
        ordering = ["pk"]

    def __str__(self):
        return self.text[:60]


def harvest_photo_storage():
    """Private storage: a photo of a work can show or give away its maker, so it is never
    served as media; ``views.item_photo`` gives it to the municipality's staff only."""
    return PrivateStorage("oogstfotos")


class HarvestPhoto(models.Model):
    """A photo of a work from a kunst & cultuur meeting, re-encoded without metadata."""

    item = models.OneToOneField(HarvestItem, related_name="photo", on_delete=models.CASCADE)
    image = models.ImageField(
        storage=harvest_photo_storage,
        upload_to="%Y/%m/",
        width_field="width",
        height_field="height",
    )
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    description = models.CharField(
        _("what the photo shows"),
        max_length=300,
        help_text=_("For people who cannot see the photo."),
    )

    class Meta:
        verbose_name = _("photo of a work")
        verbose_name_plural = _("photos of works")

    def __str__(self):
        return self.description
