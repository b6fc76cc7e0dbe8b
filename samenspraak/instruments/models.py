import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_public_code() -> str:
    """Short, readable on paper, hard to guess: 8 characters without look-alikes (0/O, 1/l)."""
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    return "".join(secrets.choice(alphabet) for _ in range(8))


class Instrument(models.Model):
    """A way of collecting experiences within a traject; here: a questionnaire."""

    class Kind(models.TextChoices):
        VRAGENLIJST = "vragenlijst", _("Questionnaire")

    class Status(models.TextChoices):
        CONCEPT = "concept", _("Draft")
        GEPUBLICEERD = "gepubliceerd", _("Published")
        GESLOTEN = "gesloten", _("Closed")

    class Access(models.TextChoices):
        OPEN = "open", _("Open link: anyone with the link can answer")
        CODES = "codes", _("Invitation codes: each code answers once")

    municipality = models.ForeignKey(
        "organisations.Municipality", related_name="instruments", on_delete=models.CASCADE
    )
    traject = models.ForeignKey(
        "trajects.Traject", related_name="instruments", on_delete=models.CASCADE
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.VRAGENLIJST)
    title = models.CharField(_("title"), max_length=200)
    template_key = models.CharField(max_length=100, blank=True)
    public_code = models.CharField(max_length=16, unique=True, default=new_public_code)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.CONCEPT)
    access = models.CharField(
        _("access"), max_length=10, choices=Access.choices, default=Access.OPEN
    )
    opens_on = models.DateField(_("opens on"), null=True, blank=True)
    closes_on = models.DateField(_("closes on"), null=True, blank=True)
    retention_days = models.PositiveIntegerField(
        _("keep single answers for (days)"),
        default=730,
        help_text=_("After this period single answers are deleted; totals remain."),
    )
    feedback_expected = models.CharField(
        _("when residents hear back"),
        max_length=200,
        blank=True,
        help_text=_("Shown on the thank-you page, for example: in June 2027."),
    )
    # Kept by the services so that answering needs one joined query, not two ordered look-ups.
    current_version = models.ForeignKey(
        "QuestionnaireVersion", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    current_round = models.ForeignKey(
        "Round", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("instrument")
        verbose_name_plural = _("instruments")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("instruments:detail", args=[self.municipality.slug, self.pk])

    def get_public_url(self):
        return reverse("responses:start", args=[self.public_code])

    def is_open_on(self, day) -> bool:
        return (
            self.status == self.Status.GEPUBLICEERD
            and (self.opens_on is None or self.opens_on <= day)
            and (self.closes_on is None or day <= self.closes_on)
        )

    @property
    def is_open(self) -> bool:
        return self.is_open_on(timezone.localdate())


class QuestionnaireVersion(models.Model):
    """The exact wording residents answered. Frozen as soon as one answer points at it."""

    instrument = models.ForeignKey(Instrument, related_name="versions", on_delete=models.CASCADE)
    number = models.PositiveIntegerField()
    definition = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["instrument", "number"], name="unique_version_number")
        ]

    def __str__(self):
        return f"{self.instrument} v{self.number}"

    @property
    def is_frozen(self) -> bool:
        return self.responses.exists()


class Round(models.Model):
    """A measurement (meting): the same questionnaire asked again, to compare over time."""

    instrument = models.ForeignKey(Instrument, related_name="rounds", on_delete=models.CASCADE)
    number = models.PositiveIntegerField(default=0)
    name = models.CharField(_("name"), max_length=100)
    started_on = models.DateField(_("started on"), default=timezone.localdate)

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["instrument", "number"], name="unique_round_number")
        ]

    def __str__(self):
        return self.name


class InvitationCode(models.Model):
    """A one-time code for closed access, e.g. printed in the CEO Wmo letter."""

    instrument = models.ForeignKey(Instrument, related_name="codes", on_delete=models.CASCADE)
    code = models.CharField(max_length=16, unique=True, default=new_public_code)
    used_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return self.code
