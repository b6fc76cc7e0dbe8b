from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Traject(models.Model):
    """A municipality's improvement trajectory (verbetertraject): one question, one cycle."""

    class Status(models.TextChoices):
        VOORBEREIDING = "voorbereiding", _("Preparing")
        LOPEND = "lopend", _("Running")
        AFGEROND = "afgerond", _("Finished")

    municipality = models.ForeignKey(
        "organisations.Municipality", related_name="trajects", on_delete=models.CASCADE
    )
    title = models.CharField(_("title"), max_length=200)
    question = models.TextField(
        _("improvement question"),
        help_text=_(
            "What do you want to improve in access? For example: residents do not know "
            "where to go with a question about support."
        ),
    )
    goal = models.TextField(_("goal"), blank=True)
    target_groups = models.JSONField(_("target groups"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.VOORBEREIDING
    )
    # The key of the regional werkvorm the traject was started from (trajects/werkvormen.py);
    # empty for a traject started from scratch.
    werkvorm = models.CharField(_("werkvorm"), max_length=40, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("traject")
        verbose_name_plural = _("trajects")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("trajects:detail", args=[self.municipality.slug, self.pk])
