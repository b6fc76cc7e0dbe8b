from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from samenspraak.organisations.models import Municipality


class BackgroundTask(models.Model):
    """One enqueued task in the ledger: what to run, how it went, and when it runs again.

    Every task enqueued through Django's task interface gets a row, in both modes (embedded and
    Celery), so that a task that fails is retried and then shown to staff, never lost silently.
    The arguments are references (primary keys), never personal data; ``last_error`` holds only
    the exception class and a short, scrubbed message (the traceback goes to the log).
    """

    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        RETRYING = "retrying", _("Will be retried")
        FAILED = "failed", _("Failed")

    task_path = models.CharField(_("task"), max_length=255)
    args = models.JSONField(_("arguments"), default=list, blank=True)
    kwargs = models.JSONField(_("keyword arguments"), default=dict, blank=True)
    backend = models.CharField(_("task backend"), max_length=50, default="default")
    queue_name = models.CharField(_("queue"), max_length=100, default="default")
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        related_name="background_tasks",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.WAITING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    max_attempts = models.PositiveSmallIntegerField(_("maximum attempts"), default=5)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)
    error_class = models.CharField(_("error class"), max_length=255, blank=True)
    return_value = models.JSONField(_("return value"), null=True, blank=True)
    # Only the dispatch that carries the current token may run the entry (Celery): a message
    # that was sent again, or one from before a manual retry, finds another token and stops.
    token = models.CharField(max_length=32, blank=True)
    enqueued_at = models.DateTimeField(_("enqueued at"), default=timezone.now)
    next_attempt_at = models.DateTimeField(_("next attempt at"), null=True, blank=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated at"), default=timezone.now)

    class Meta:
        verbose_name = _("background task")
        verbose_name_plural = _("background tasks")
        ordering = ["-enqueued_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "next_attempt_at"], name="core_bgtask_due"),
            models.Index(fields=["municipality", "status"], name="core_bgtask_municipality"),
        ]

    def __str__(self):
        return f"{self.task_path} #{self.pk} ({self.status})"

    @property
    def label(self) -> str:
        """The plain description staff read (see core.background.describe)."""
        from .background import label_for

        return label_for(self.task_path)

    @property
    def may_retry(self) -> bool:
        return self.status in (self.Status.FAILED, self.Status.RETRYING)
