from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .facets import FACETS, PHASES, SOURCE_DOCUMENTS


class Method(models.Model):
    """A participation method: from the national catalogue, or a municipality's own.

    The catalogue is versioned data in ``catalogue/methods/*.yaml``; ``load_methods`` copies it
    here so that local methods, plans and search all work with one table. ``data`` holds the
    entry exactly as the schema (``catalogue/schema.json``) describes it.
    """

    slug = models.SlugField(_("slug"), max_length=100)
    name = models.CharField(_("name"), max_length=200)
    municipality = models.ForeignKey(
        "organisations.Municipality",
        verbose_name=_("municipality"),
        related_name="local_methods",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        help_text=_("Empty for the national catalogue; set for a municipality's own method."),
    )
    data = models.JSONField()
    search_index = models.JSONField(default=dict, editable=False)
    is_retired = models.BooleanField(default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("method")
        verbose_name_plural = _("methods")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug"],
                condition=Q(municipality__isnull=True),
                name="unique_catalogue_slug",
            ),
            models.UniqueConstraint(fields=["municipality", "slug"], name="unique_local_slug"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        if self.is_local:
            return reverse("methods:workspace-detail", args=[self.municipality.slug, self.slug])
        return reverse("methods:detail", args=[self.slug])

    @property
    def is_local(self) -> bool:
        return self.municipality_id is not None

    def values(self, facet_key: str) -> list[str]:
        value = self.data.get(facet_key)
        if value is None:
            return []
        return value if isinstance(value, list) else [value]

    def is_judged(self, facet_key: str) -> bool:
        return facet_key in self.data.get("judged_facets", [])

    def facet_rows(self):
        """(facet label, value labels, judged) for every facet that has a value."""
        rows = []
        for facet in FACETS:
            values = self.values(facet.key)
            if values:
                labels = [facet.label_for(value) for value in values]
                rows.append((facet.label, labels, self.is_judged(facet.key)))
        return rows

    def source_rows(self):
        return [(code, SOURCE_DOCUMENTS.get(code, code)) for code in self.data.get("sources", [])]


class ParticipationPlan(models.Model):
    """Which methods a traject uses in which phase, and the points of attention ticked."""

    traject = models.OneToOneField(
        "trajects.Traject", related_name="plan", on_delete=models.CASCADE
    )
    checked_points = models.JSONField(default=list, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("participation plan")
        verbose_name_plural = _("participation plans")

    def __str__(self):
        return str(self.traject)


class PlanItem(models.Model):
    """One method in one phase of a plan, with who takes part and when."""

    plan = models.ForeignKey(ParticipationPlan, related_name="items", on_delete=models.CASCADE)
    method = models.ForeignKey(Method, related_name="plan_items", on_delete=models.RESTRICT)
    phase = models.CharField(_("phase"), max_length=20, choices=list(PHASES.options.items()))
    who = models.CharField(_("with whom"), max_length=300, blank=True)
    when = models.CharField(_("when"), max_length=200, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("plan item")
        verbose_name_plural = _("plan items")
        ordering = ["position", "pk"]

    def __str__(self):
        return f"{self.method} ({self.get_phase_display()})"
