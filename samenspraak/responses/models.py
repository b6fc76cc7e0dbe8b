from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    ONLINE = "online", _("Online, by the resident")
    KIOSK = "kiosk", _("Tablet at the service desk")
    ASSISTED = "begeleid", _("With help of a volunteer or staff member")
    PHONE = "telefoon", _("By telephone")
    STREET = "straat", _("Street interview")
    PAPER = "papier", _("On paper")


class Response(models.Model):
    """One resident's filling-in of one questionnaire version.

    No IP address, user agent or exact time is kept: only the day. While the resident is busy,
    answers live in ``draft``; on submission they become ``Answer`` rows.
    """

    class Status(models.TextChoices):
        BUSY = "bezig", _("In progress")
        COMPLETE = "compleet", _("Complete")

    instrument = models.ForeignKey(
        "instruments.Instrument", related_name="responses", on_delete=models.CASCADE
    )
    version = models.ForeignKey(
        "instruments.QuestionnaireVersion", related_name="responses", on_delete=models.RESTRICT
    )
    round = models.ForeignKey(
        "instruments.Round", related_name="responses", on_delete=models.RESTRICT
    )
    channel = models.CharField(max_length=20, choices=Channel.choices, default=Channel.ONLINE)
    respondent_group = models.CharField(max_length=50, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.BUSY)
    started_on = models.DateField(auto_now_add=True)
    submitted_on = models.DateField(null=True, blank=True, db_index=True)
    draft = models.JSONField(default=dict, blank=True)
    resume_token_hash = models.CharField(max_length=64, blank=True, db_index=True)
    resume_expires_at = models.DateTimeField(null=True, blank=True)
    invitation_code = models.OneToOneField(
        "instruments.InvitationCode",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="response",
    )

    class Meta:
        verbose_name = _("response")
        verbose_name_plural = _("responses")
        indexes = [models.Index(fields=["instrument", "status"])]

    def __str__(self):
        return f"{self.instrument} #{self.pk}"


class Answer(models.Model):
    response = models.ForeignKey(Response, related_name="answers", on_delete=models.CASCADE)
    question_key = models.CharField(max_length=100)
    value = models.JSONField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["response", "question_key"], name="one_answer_per_key")
        ]

    def __str__(self):
        return f"{self.question_key}={self.value}"


class ExportRecord(models.Model):
    """Who exported which raw data, when: every raw-data export leaves a trace."""

    user = models.ForeignKey(
        "accounts.User", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    municipality = models.ForeignKey(
        "organisations.Municipality", on_delete=models.CASCADE, related_name="+"
    )
    instrument = models.ForeignKey(
        "instruments.Instrument", null=True, on_delete=models.SET_NULL, related_name="exports"
    )
    what = models.CharField(max_length=50)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.what} by {self.user} at {self.created_at:%Y-%m-%d %H:%M}"


class RetainedCount(models.Model):
    """Totals kept after single answers were deleted at the end of their retention period."""

    class Kind(models.TextChoices):
        ANSWER = "antwoord"
        DAY = "dag"
        CHANNEL = "kanaal"

    instrument = models.ForeignKey(
        "instruments.Instrument", related_name="retained_counts", on_delete=models.CASCADE
    )
    round = models.ForeignKey(
        "instruments.Round", null=True, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    key = models.CharField(max_length=100, blank=True)
    value = models.CharField(max_length=200)
    n = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["instrument", "round", "kind", "key", "value"], name="one_retained_count"
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.key}={self.value}: {self.n}"


class ExportFile(models.Model):
    """A raw-data file made in the background (XLSX and SPSS of large questionnaires take
    longer than a web request may). It lives outside the public media folder, only the person
    who asked for it may download it, and it is deleted once it expires."""

    class Status(models.TextChoices):
        WAITING = "wacht", _("Being made")
        READY = "klaar", _("Ready")
        FAILED = "mislukt", _("Failed")

    instrument = models.ForeignKey(
        "instruments.Instrument", on_delete=models.CASCADE, related_name="export_files"
    )
    requested_by = models.ForeignKey("accounts.User", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=10)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.WAITING)
    name = models.CharField(max_length=100, unique=True)
    size = models.PositiveBigIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return self.name


class AnswerTally(models.Model):
    """How often each value was answered per round and question of one instrument, counted up
    to a known response: comparisons across many municipalities read these instead of
    counting millions of answers per page view.

    ``counts`` holds ``[round_id, question_key, value, n]`` rows, live and retained answers
    together. The tally is valid while the instrument's complete responses are still the same
    set: the same number, newest id and sum of ids (``responses.tallies``)."""

    instrument = models.OneToOneField(
        "instruments.Instrument", related_name="answer_tally", on_delete=models.CASCADE
    )
    last_response_id = models.PositiveBigIntegerField(default=0)
    responses = models.PositiveIntegerField(default=0)
    response_id_sum = models.PositiveBigIntegerField(default=0)
    counts = models.JSONField(default=list)
    checked_at = models.DateTimeField()

    def __str__(self):
        return f"{self.instrument_id}: {self.responses} responses up to {self.last_response_id}"
