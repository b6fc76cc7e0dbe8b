from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class MaskState(models.TextChoices):
    PENDING = "wacht", _("Not yet checked for personal data")
    AUTOMATIC = "automatisch", _("Masked automatically")
    REVIEWED = "gecontroleerd", _("Mask checked by an analyst")


class Contribution(models.Model):
    """One piece of resident input in the evidence pool: an open answer, a story, a quote…

    Every instrument maps what it collects onto this one model, so analysis never needs to know
    where a text came from beyond these tags.
    """

    class SourceType(models.TextChoices):
        OPEN_ANSWER = "open_antwoord", _("Open answer")
        MEETING_HARVEST = "gespreksoogst", _("Meeting harvest")
        STORY = "verhaal", _("Story")
        JOURNEY_PHASE = "klantreisfase", _("Client journey phase")
        WALK_POINT = "schouwpunt", _("Neighbourhood walk point")
        MYSTERY_VISIT = "mysterybezoek", _("Mystery guest visit")
        DIARY_ENTRY = "dagboekdeel", _("Diary entry")

    municipality = models.ForeignKey(
        "organisations.Municipality", related_name="contributions", on_delete=models.CASCADE
    )
    traject = models.ForeignKey(
        "trajects.Traject", related_name="contributions", on_delete=models.CASCADE
    )
    instrument = models.ForeignKey(
        "instruments.Instrument",
        related_name="contributions",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
    )
    round = models.ForeignKey(
        "instruments.Round", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    response = models.ForeignKey(
        "responses.Response",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="contributions",
    )
    method = models.ForeignKey(
        "methods.Method", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source_type = models.CharField(max_length=30, choices=SourceType.choices)
    channel = models.CharField(max_length=20, blank=True)
    respondent_group = models.CharField(max_length=50, blank=True)
    question_key = models.CharField(max_length=100, blank=True)
    question_text = models.TextField(blank=True)
    text = models.TextField()
    created_on = models.DateField(db_index=True)
    consent_public = models.BooleanField(default=False)
    # Where the instrument has them: the journey phase and its experience score (-2 … +2).
    phase = models.CharField(max_length=50, blank=True)
    score = models.SmallIntegerField(null=True, blank=True)
    location = models.CharField(max_length=200, blank=True)
    # The privacy app's mask, kept beside the original: who may not read raw text reads this.
    masked_text = models.TextField(blank=True)
    mask_spans = models.JSONField(default=list, blank=True)
    mask_state = models.CharField(
        max_length=15, choices=MaskState.choices, default=MaskState.PENDING, db_index=True
    )
    mask_reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    mask_reviewed_on = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")
        indexes = [models.Index(fields=["municipality", "traject", "created_on"])]

    def __str__(self):
        return self.text[:60]

    @property
    def is_masked(self) -> bool:
        return self.mask_state != MaskState.PENDING
