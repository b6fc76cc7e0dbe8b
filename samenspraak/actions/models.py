"""Improvement actions (verbeteracties): what the municipality does with what residents said.

An action points to findings (and through them to the evidence), has an owner that is an
organisation or team (never a person's name on public pages), plain-Dutch wording, dates, a
status with a history of every change and its reason, progress, milestones, and the comments
and formal advice of the advisory council.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Status(models.TextChoices):
    PROPOSED = "voorgesteld", pgettext_lazy("action status", "Proposed")
    DECIDED = "besloten", pgettext_lazy("action status", "Decided")
    IN_PROGRESS = "in_uitvoering", pgettext_lazy("action status", "Being carried out")
    DONE = "gerealiseerd", pgettext_lazy("action status", "Carried out")
    NOT_ADOPTED = "niet_overgenomen", pgettext_lazy("action status", "Not adopted")


# Which status may follow which. "Not adopted" can be reconsidered as a new proposal.
TRANSITIONS = {
    Status.PROPOSED: {Status.DECIDED, Status.NOT_ADOPTED},
    Status.DECIDED: {Status.IN_PROGRESS, Status.NOT_ADOPTED},
    Status.IN_PROGRESS: {Status.DONE, Status.NOT_ADOPTED},
    Status.DONE: set(),
    Status.NOT_ADOPTED: {Status.PROPOSED},
}


class Action(models.Model):
    traject = models.ForeignKey(
        "trajects.Traject", related_name="actions", on_delete=models.CASCADE
    )
    findings = models.ManyToManyField(
        "insights.Finding", related_name="actions", blank=True, verbose_name=_("findings")
    )
    title = models.CharField(_("action"), max_length=150)
    description = models.TextField(_("what we do, in plain words"))
    owner = models.CharField(
        _("who does it"),
        max_length=150,
        help_text=_("An organisation or team, for example “Wijkteam Noord”. No personal names."),
    )
    planned_start = models.DateField(_("planned start"), null=True, blank=True)
    planned_end = models.DateField(_("planned end"), null=True, blank=True)
    actual_start = models.DateField(_("actual start"), null=True, blank=True)
    actual_end = models.DateField(_("actual end"), null=True, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PROPOSED)
    status_reason = models.TextField(_("reason"), blank=True)
    progress = models.PositiveSmallIntegerField(_("progress in percent"), default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["status", "planned_end", "pk"]
        verbose_name = _("improvement action")
        verbose_name_plural = _("improvement actions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(progress__lte=100), name="action_progress_at_most_100"
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(
            "actions:detail", args=[self.traject.municipality.slug, self.traject_id, self.pk]
        )

    @property
    def next_statuses(self) -> list[Status]:
        return [Status(s) for s in Status.values if s in TRANSITIONS[Status(self.status)]]


class StatusChange(models.Model):
    action = models.ForeignKey(Action, related_name="history", on_delete=models.CASCADE)
    from_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=Status.choices)
    reason = models.TextField(blank=True)
    changed_on = models.DateField()
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]  # the order it happened in, whatever dates were given

    def __str__(self):
        return f"{self.from_status} → {self.to_status}"


class Milestone(models.Model):
    action = models.ForeignKey(Action, related_name="milestones", on_delete=models.CASCADE)
    title = models.CharField(_("milestone"), max_length=150)
    due_on = models.DateField(_("planned for"))
    done_on = models.DateField(_("done on"), null=True, blank=True)

    class Meta:
        ordering = ["due_on", "pk"]

    def __str__(self):
        return self.title


class Comment(models.Model):
    """A remark on an action, or the advisory council's formal advice (text and date)."""

    class Kind(models.TextChoices):
        REMARK = "opmerking", _("Remark")
        ADVICE = "advies", _("Formal advice")

    action = models.ForeignKey(Action, related_name="comments", on_delete=models.CASCADE)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.REMARK)
    text = models.TextField(_("text"))
    given_on = models.DateField(_("date"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["given_on", "created_at"]

    def __str__(self):
        return self.text[:60]


class Goal(models.Model):
    """The goal tree (doelenboom): a main goal with sub-goals; indicators hang on sub-goals."""

    traject = models.ForeignKey("trajects.Traject", related_name="goals", on_delete=models.CASCADE)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        related_name="children",
        on_delete=models.CASCADE,
        verbose_name=_("part of"),
    )
    title = models.CharField(_("goal"), max_length=200)
    description = models.TextField(_("explanation"), blank=True)
    actions = models.ManyToManyField(
        Action, blank=True, related_name="goals", verbose_name=_("actions for this goal")
    )
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("goal")

    def __str__(self):
        return self.title


class Indicator(models.Model):
    """A figure per measurement for a goal.

    A measured indicator reads one of three sources (see ``indicators.py``): a closed question
    of a traject instrument (``instrument`` + ``question_key``), a phase of a client journey
    (``journey`` + ``phase_key``), or a mystery guest criterion, matched by name in every
    mystery guest round of the traject (``criterion_name``). A counted indicator holds figures
    staff enter.
    """

    class Kind(models.TextChoices):
        MEASURED = "gemeten", _("Measured")
        COUNTED = "geteld", _("Counted by staff")

    class Source(models.TextChoices):
        INSTRUMENT = "vragenlijst", _("A question of a questionnaire")
        JOURNEY = "klantreis", _("A phase of a client journey")
        MYSTERY = "mysteryguest", _("A mystery guest criterion")

    class Measure(models.TextChoices):
        SHARE = "aandeel", _("Share of answers that count as positive (%)")
        MEAN = "gemiddelde", _("Mean of the answers")

    class Direction(models.TextChoices):
        UP = "hoger", _("Higher is better")
        DOWN = "lager", _("Lower is better")

    goal = models.ForeignKey(Goal, related_name="indicators", on_delete=models.CASCADE)
    name = models.CharField(_("indicator"), max_length=200)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    direction = models.CharField(
        _("direction"), max_length=10, choices=Direction.choices, default=Direction.UP
    )
    target = models.DecimalField(
        _("target value"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    source = models.CharField(
        _("measured with"), max_length=12, choices=Source.choices, default=Source.INSTRUMENT
    )
    instrument = models.ForeignKey(
        "instruments.Instrument", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    question_key = models.CharField(max_length=100, blank=True)
    journey = models.ForeignKey(
        "journeys.Journey", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    phase_key = models.CharField(max_length=50, blank=True)
    # Criteria belong to one mystery guest round; the name matches the same criterion in every
    # round of the traject (ignoring case and surrounding spaces).
    criterion_name = models.CharField(max_length=200, blank=True)
    measure = models.CharField(
        _("measure"), max_length=12, choices=Measure.choices, default=Measure.SHARE
    )
    positive_values = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["goal", "pk"]
        verbose_name = _("indicator")

    def __str__(self):
        return self.name


class CountedValue(models.Model):
    """A figure staff enter for a counted indicator, with where it comes from."""

    indicator = models.ForeignKey(Indicator, related_name="values", on_delete=models.CASCADE)
    label = models.CharField(_("measurement"), max_length=50)
    value = models.DecimalField(_("value"), max_digits=10, decimal_places=2)
    source = models.CharField(_("source"), max_length=200)
    position = models.PositiveIntegerField(default=0)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self):
        return f"{self.label}: {self.value}"
