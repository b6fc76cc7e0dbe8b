from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class MaskState(models.TextChoices):
    PENDING = "wacht", _("Not yet checked for personal data")
    AUTOMATIC = "automatisch", _("Masked automatically")
    REVIEWED = "gecontroleerd", _("Mask checked by an analyst")


class ContributionQuerySet(models.QuerySet):
    def bulk_create(self, objs, *args, **kwargs):
        """Instruments add contributions in bulk; each gets its search terms on the way in."""
        from .search import index_terms

        objs = list(objs)
        for obj in objs:
            obj.search_text = index_terms(obj.text)
        return super().bulk_create(objs, *args, **kwargs)


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
        RECOGNITION = "herkenning", _("Remark on published feedback")

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
        max_length=15, choices=MaskState.choices, default=MaskState.PENDING
    )
    mask_reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    mask_reviewed_on = models.DateTimeField(null=True, blank=True)
    # Stems of the text (the masked text once masked) for Dutch full-text search; see search.py.
    search_text = models.TextField(blank=True, editable=False)

    objects = ContributionQuerySet.as_manager()

    class Meta:
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")
        indexes = [
            models.Index(fields=["municipality", "traject", "created_on"]),
            # The pool's most used filters, and "is anything waiting to be masked?".
            models.Index(fields=["traject", "source_type"]),
            models.Index(fields=["traject", "channel"]),
            models.Index(fields=["traject", "respondent_group"]),
            models.Index(fields=["municipality", "mask_state"]),
        ]

    def __str__(self):
        return self.text[:60]

    def save(self, *args, **kwargs):
        from .search import index_terms

        self.search_text = index_terms(self.masked_text if self.is_masked else self.text)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"text", "masked_text"} & set(update_fields):
            kwargs["update_fields"] = {*update_fields, "search_text"}
        super().save(*args, **kwargs)

    def replace_text(self, text: str, *, reviewed: bool = False) -> None:
        """New wording means a new mask: it waits for the masking run, unless a person wrote
        the text as it may be shown (a moderated story), which is then the reviewed mask."""
        self.text = text
        self.mask_spans = []
        if reviewed:
            self.masked_text, self.mask_state = text, MaskState.REVIEWED
            self.mask_reviewed_on = timezone.now()
        else:
            self.masked_text, self.mask_state = "", MaskState.PENDING

    @property
    def is_masked(self) -> bool:
        return self.mask_state != MaskState.PENDING


PALETTE = (
    # Okabe–Ito: told apart by people with the common forms of colour blindness.
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
)


class Codebook(models.Model):
    """The codes of one traject. Created on first use, empty or from the template."""

    traject = models.OneToOneField(
        "trajects.Traject", related_name="codebook", on_delete=models.CASCADE
    )
    created_on = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("codebook")

    def __str__(self):
        return str(self.traject)


class Code(models.Model):
    codebook = models.ForeignKey(Codebook, related_name="codes", on_delete=models.CASCADE)
    parent = models.ForeignKey(
        "self", null=True, blank=True, related_name="children", on_delete=models.CASCADE
    )
    name = models.CharField(_("name"), max_length=80)
    description = models.TextField(_("description"), blank=True)
    colour = models.CharField(_("colour"), max_length=7, default=PALETTE[0])
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("code")
        constraints = [
            models.UniqueConstraint(fields=["codebook", "name"], name="code_name_unique")
        ]

    def __str__(self):
        return f"{self.parent.name} › {self.name}" if self.parent_id else self.name

    @property
    def colour_class(self) -> str:
        """CSS class for the colour; the CSP allows no inline styles."""
        return "ss-code--" + self.colour.lstrip("#").lower()


class Coding(models.Model):
    """One code on one contribution (or a fragment of it), by one coder.

    Each coder's codings are kept apart. The merged, agreed set has no coder: a lead makes it
    from the coders' sets in the agreement view.
    """

    class Source(models.TextChoices):
        HAND = "hand", _("By hand")
        SUGGESTION = "suggestie", _("Accepted suggestion")
        MERGE = "samengevoegd", _("Merged by a lead")

    contribution = models.ForeignKey(Contribution, related_name="codings", on_delete=models.CASCADE)
    code = models.ForeignKey(Code, related_name="codings", on_delete=models.CASCADE)
    coder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        related_name="codings",
        on_delete=models.CASCADE,
    )
    fragment = models.TextField(blank=True)
    fragment_start = models.PositiveIntegerField(null=True, blank=True)
    source = models.CharField(max_length=15, choices=Source.choices, default=Source.HAND)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("coding")
        constraints = [
            models.UniqueConstraint(
                fields=["contribution", "code", "coder", "fragment"],
                name="coding_unique_per_coder",
            )
        ]
        indexes = [models.Index(fields=["code", "coder"])]

    def __str__(self):
        return f"{self.code} @ {self.contribution_id}"


class CodeSuggestion(models.Model):
    """A code that assisted coding or an accepted theme proposes; a person decides."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        ACCEPTED = "aanvaard", _("Accepted")
        REJECTED = "afgewezen", _("Rejected")

    contribution = models.ForeignKey(
        Contribution, related_name="code_suggestions", on_delete=models.CASCADE
    )
    code = models.ForeignKey(Code, related_name="suggestions", on_delete=models.CASCADE)
    coder = models.ForeignKey(
        settings.AUTH_USER_MODEL, related_name="code_suggestions", on_delete=models.CASCADE
    )
    confidence = models.FloatField()
    words = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-confidence"]
        constraints = [
            models.UniqueConstraint(
                fields=["contribution", "code", "coder"], name="suggestion_unique"
            )
        ]

    def __str__(self):
        return f"{self.code} ({self.confidence:.2f})"


class ThemeRun(models.Model):
    """One run of theme discovery over a traject's uncoded contributions (a background task)."""

    class Status(models.TextChoices):
        QUEUED = "wacht", _("Waiting to start")
        RUNNING = "bezig", _("Running")
        DONE = "klaar", _("Done")
        FAILED = "mislukt", _("Failed")

    traject = models.ForeignKey(
        "trajects.Traject", related_name="theme_runs", on_delete=models.CASCADE
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    n_themes = models.PositiveSmallIntegerField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0)
    text_count = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.traject} {self.created_at:%Y-%m-%d %H:%M}"


class DiscoveredTheme(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        ACCEPTED = "aanvaard", _("Accepted as a code")
        MERGED = "samengevoegd", _("Merged into another theme")
        REJECTED = "afgewezen", _("Rejected")

    run = models.ForeignKey(ThemeRun, related_name="themes", on_delete=models.CASCADE)
    number = models.PositiveSmallIntegerField()
    label = models.CharField(max_length=120)
    words = models.JSONField(default=list)
    size = models.PositiveIntegerField()
    representatives = models.JSONField(default=list)  # contribution ids, most typical first
    members = models.JSONField(default=list)  # contribution ids
    status = models.CharField(max_length=15, choices=Status.choices, default=Status.OPEN)
    code = models.ForeignKey(Code, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ["number"]

    def __str__(self):
        return self.label


class Finding(models.Model):
    """A short statement from the evidence ("Inwoners weten niet waar ze heen moeten"), backed
    by codes, figures and chosen quotes. Improvement actions will point to findings."""

    traject = models.ForeignKey(
        "trajects.Traject", related_name="findings", on_delete=models.CASCADE
    )
    statement = models.CharField(_("finding"), max_length=200)
    explanation = models.TextField(_("explanation"), blank=True)
    figures = models.TextField(
        _("figures"),
        blank=True,
        help_text=_("For example: “6 of 10 people did not know where to go (n = 118).”"),
    )
    codes = models.ManyToManyField(Code, blank=True, related_name="findings")
    quotes = models.ManyToManyField(Contribution, blank=True, related_name="quoted_in")
    position = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("finding")

    def __str__(self):
        return self.statement


class Report(models.Model):
    """One version of a traject's collective-story report. Published versions never change."""

    class Status(models.TextChoices):
        QUEUED = "wacht", _("Waiting to be made")
        DONE = "klaar", _("Ready")
        FAILED = "mislukt", _("Failed")

    traject = models.ForeignKey(
        "trajects.Traject", related_name="reports", on_delete=models.CASCADE
    )
    version = models.PositiveIntegerField()
    summary_b1 = models.TextField(_("summary for residents"))
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    html = models.TextField(blank=True)
    pdf = models.BinaryField(blank=True, default=b"")
    error = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(fields=["traject", "version"], name="report_version_unique")
        ]

    def __str__(self):
        return f"{self.traject} v{self.version}"
