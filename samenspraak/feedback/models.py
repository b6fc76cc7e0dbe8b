"""The public feedback page (wat we hoorden — wat we doen — wat het opleverde) and its readers.

A publication is a dated, frozen snapshot: what residents read never changes after it was
published, and staff edits only reach them through the next version. Residents who opted in
get an e-mail per version; their address is kept apart from anything they said and deleted
when the traject closes.
"""

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class FeedbackPage(models.Model):
    """The texts staff write for the next version; the rest of a version comes from the cycle."""

    traject = models.OneToOneField(
        "trajects.Traject", related_name="feedback_page", on_delete=models.CASCADE
    )
    intro = models.TextField(
        _("what we asked, and why"),
        help_text=_(
            "In plain words: what the municipality wanted to know, from whom, and why. "
            "Short sentences; write “u”."
        ),
    )
    take_part = models.TextField(
        _("how to take part next time"),
        blank=True,
        help_text=_("When the next round is, and how residents can join. Leave empty if unknown."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return str(self.traject)


class Publication(models.Model):
    class PdfStatus(models.TextChoices):
        WAITING = "wacht", _("Being made")
        READY = "klaar", _("Ready")
        FAILED = "mislukt", _("Failed")

    traject = models.ForeignKey(
        "trajects.Traject", related_name="publications", on_delete=models.CASCADE
    )
    version = models.PositiveIntegerField()
    published_at = models.DateTimeField()
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    content = models.JSONField()
    pdf = models.BinaryField(blank=True, default=b"")
    pdf_status = models.CharField(
        max_length=10, choices=PdfStatus.choices, default=PdfStatus.WAITING
    )

    class Meta:
        ordering = ["-version"]
        verbose_name = _("publication")
        constraints = [
            models.UniqueConstraint(
                fields=["traject", "version"], name="feedback_publication_version_unique"
            )
        ]

    def __str__(self):
        return f"{self.traject} v{self.version}"

    def get_absolute_url(self):
        return reverse(
            "feedback:version",
            args=[self.traject.municipality.slug, self.traject_id, self.version],
        )


class Recognition(models.Model):
    """A resident's answer to "Herkent u zich hierin?" under a published finding."""

    class Answer(models.TextChoices):
        YES = "ja", pgettext_lazy("recognition", "Yes")
        PARTLY = "deels", pgettext_lazy("recognition", "Partly")
        NO = "nee", pgettext_lazy("recognition", "No")

    finding = models.ForeignKey(
        "insights.Finding", related_name="recognitions", on_delete=models.CASCADE
    )
    publication = models.ForeignKey(
        Publication, related_name="recognitions", on_delete=models.CASCADE
    )
    answer = models.CharField(max_length=5, choices=Answer.choices)
    contribution = models.OneToOneField(
        "insights.Contribution",
        null=True,
        blank=True,
        related_name="recognition",
        on_delete=models.SET_NULL,
    )
    created_on = models.DateField()

    class Meta:
        indexes = [models.Index(fields=["finding", "answer"])]

    def __str__(self):
        return f"{self.finding_id}: {self.answer}"


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Subscription(models.Model):
    """An e-mail address that asked for news about one traject. Nothing else is stored with it:
    not what the resident answered, not where they live."""

    class Source(models.TextChoices):
        QUESTIONNAIRE = "vragenlijst", _("Questionnaire")
        STORY_POINT = "vertelpunt", _("Story point")
        DIARY = "dagboek", _("Diary")
        WALK = "schouw", _("Neighbourhood walk")
        JOURNEY = "klantreis", _("Client journey")
        FEEDBACK_PAGE = "terugkoppeling", _("Feedback page")

    traject = models.ForeignKey(
        "trajects.Traject", related_name="subscriptions", on_delete=models.CASCADE
    )
    email = models.EmailField()
    source = models.CharField(max_length=15, choices=Source.choices)
    token = models.CharField(max_length=40, unique=True, default=new_token)
    confirmed = models.BooleanField(default=False)
    created_on = models.DateField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["traject", "email"], name="feedback_one_subscription_per_address"
            )
        ]

    def __str__(self):
        return self.email


class Notification(models.Model):
    """One e-mail about one version to one subscriber: the row makes sending happen only once."""

    publication = models.ForeignKey(
        Publication, related_name="notifications", on_delete=models.CASCADE
    )
    subscription = models.ForeignKey(
        Subscription, related_name="notifications", on_delete=models.CASCADE
    )
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["publication", "subscription"], name="feedback_notify_once"
            )
        ]

    def __str__(self):
        return f"{self.publication} → {self.subscription_id}"
