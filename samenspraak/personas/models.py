"""Persona's: fictional residents built from evidence, shared in a region to compare how each
municipality would help them.

A persona belongs to a region and is made by one member municipality or by the region itself.
Its journey follows the phases of the default client journey route (``journeys.phases``) with
an expected score per phase, so it draws the same curve as a real klantreis. Each municipality
records its own route for the persona, phase by phase; those routes side by side are the
comparison. Evidence is linked, never copied: findings and contributions are references, and a
quote is only ever shown through its masked wording while its traject shares quotes.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

SCORE_RANGE = [MinValueValidator(-2), MaxValueValidator(2)]
MAX_WAITING_DAYS = 730


class Persona(models.Model):
    class Status(models.TextChoices):
        CONCEPT = "concept", _("Draft: only the makers see it")
        GEDEELD = "gedeeld", _("Shared with the region")

    region = models.ForeignKey(
        "organisations.Region", related_name="personas", on_delete=models.CASCADE
    )
    municipality = models.ForeignKey(
        "organisations.Municipality",
        related_name="personas",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        help_text=_("The municipality that made the persona; empty when the region made it."),
    )
    name = models.CharField(
        _("fictional name"),
        max_length=80,
        help_text=_("A made-up name, never the name of a real resident."),
    )
    life_phase = models.CharField(
        _("age or life phase"),
        max_length=120,
        help_text=_("For example: 78 years old, lives alone since her husband died."),
    )
    situation = models.TextField(
        _("situation"), help_text=_("How they live, who is around them, what is hard.")
    )
    help_question = models.TextField(_("help question"), help_text=_("What they ask help for."))
    needs = models.TextField(
        _("what they need"), help_text=_("What would really help them, in their own words.")
    )
    made_with_group = models.BooleanField(_("made together with a group"), default=False)
    group = models.CharField(
        _("which group"),
        max_length=200,
        blank=True,
        help_text=_("For example: people with a mild intellectual disability."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.CONCEPT
    )
    findings = models.ManyToManyField(
        "insights.Finding", blank=True, related_name="+", verbose_name=_("findings")
    )
    quotes = models.ManyToManyField(
        "insights.Contribution", blank=True, related_name="+", verbose_name=_("quotes")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        related_name="+",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("persona")
        verbose_name_plural = _("personas")

    def __str__(self):
        return self.name

    @property
    def is_shared(self) -> bool:
        return self.status == self.Status.GEDEELD

    def clean(self):
        if self.made_with_group and not self.group.strip():
            raise ValidationError({"group": _("Say with which group the persona was made.")})
        if not self.made_with_group:
            self.group = ""
        if self.municipality_id is not None and self.municipality.region_id != self.region_id:
            raise ValidationError(_("Only a municipality of this region can make its persona."))


class PersonaPhase(models.Model):
    """What the persona goes through in one phase of the journey, and how it is expected to
    feel (−2 to +2; empty when not known)."""

    persona = models.ForeignKey(Persona, related_name="phases", on_delete=models.CASCADE)
    position = models.PositiveSmallIntegerField()
    phase_key = models.CharField(max_length=50)
    phase_name = models.CharField(max_length=100)
    experience = models.TextField(_("what the persona experiences"), blank=True)
    score = models.SmallIntegerField(
        _("expected experience"), null=True, blank=True, validators=SCORE_RANGE
    )

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["persona", "phase_key"], name="one_persona_phase"),
            models.CheckConstraint(
                condition=models.Q(score__gte=-2, score__lte=2) | models.Q(score__isnull=True),
                name="persona_score_in_range",
            ),
        ]

    def __str__(self):
        return f"{self.persona}: {self.phase_name}"


class PersonaRoute(models.Model):
    """How one municipality would help the persona: one per persona and municipality."""

    persona = models.ForeignKey(Persona, related_name="routes", on_delete=models.CASCADE)
    municipality = models.ForeignKey(
        "organisations.Municipality", related_name="persona_routes", on_delete=models.CASCADE
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        related_name="+",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["municipality__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["persona", "municipality"], name="one_route_per_municipality"
            )
        ]

    def __str__(self):
        return f"{self.persona} — {self.municipality}"


class PersonaStep(models.Model):
    """One phase of a municipality's route: where the persona goes, what happens, how long it
    takes, what goes well and where it gets stuck."""

    route = models.ForeignKey(PersonaRoute, related_name="steps", on_delete=models.CASCADE)
    phase = models.ForeignKey(PersonaPhase, related_name="steps", on_delete=models.CASCADE)
    where_who = models.CharField(_("where and with whom"), max_length=200, blank=True)
    what_happens = models.TextField(_("what happens"))
    waiting_days = models.PositiveSmallIntegerField(
        _("waiting time in days"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(MAX_WAITING_DAYS)],
    )
    goes_well = models.TextField(_("what goes well"), blank=True)
    gets_stuck = models.TextField(_("where it gets stuck"), blank=True)

    class Meta:
        ordering = ["phase__position"]
        constraints = [
            models.UniqueConstraint(fields=["route", "phase"], name="one_step_per_phase")
        ]

    def __str__(self):
        return f"{self.route}: {self.phase.phase_name}"

    def clean(self):
        if self.route_id and self.phase_id and self.phase.persona_id != self.route.persona_id:
            raise ValidationError(_("A step belongs to a phase of the same persona."))
