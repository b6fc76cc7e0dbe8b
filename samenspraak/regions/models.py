from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from .roles import RegionRole, region_permissions_for


class RegionMembership(models.Model):
    """Links a user to a region with one role, apart from any municipality membership."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, related_name="region_memberships", on_delete=models.CASCADE
    )
    region = models.ForeignKey(
        "organisations.Region", related_name="memberships", on_delete=models.CASCADE
    )
    role = models.CharField(_("role"), max_length=20, choices=RegionRole.choices)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, related_name="+", on_delete=models.SET_NULL, null=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("region membership")
        verbose_name_plural = _("region memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "region"], name="one_role_per_region")
        ]
        ordering = ["region__name", "user__email"]

    def __str__(self):
        return f"{self.user} — {self.region} ({self.get_role_display()})"

    @property
    def permissions(self):
        return region_permissions_for(self.role)


class SharingLevel(models.TextChoices):
    """What a municipality shares of one traject with its region; each level includes the one
    before it."""

    NIETS = "niets", _("Nothing")
    AGGREGATEN = "aggregaten", _("Aggregates only")
    CITATEN = "citaten", _("Aggregates and masked, consented quotes")


# Order of the levels, from sharing least to sharing most.
LEVEL_ORDER = [SharingLevel.NIETS, SharingLevel.AGGREGATEN, SharingLevel.CITATEN]


class TrajectSharing(models.Model):
    """What a traject shares with the region of its municipality. No row means nothing."""

    traject = models.OneToOneField(
        "trajects.Traject", related_name="sharing", on_delete=models.CASCADE
    )
    level = models.CharField(
        _("share with the region"),
        max_length=20,
        choices=SharingLevel.choices,
        default=SharingLevel.NIETS,
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, related_name="+", on_delete=models.SET_NULL, null=True
    )
    changed_at = models.DateTimeField(_("changed at"))

    class Meta:
        verbose_name = _("sharing with the region")
        verbose_name_plural = _("sharing with the region")

    def __str__(self):
        return f"{self.traject} — {self.get_level_display()}"


class ParticipantRole(models.TextChoices):
    """Who took part in a phase, by role: the innovatiespiraal never records names."""

    BELEID = "beleid", _("Policy officers")
    TOEGANG = "toegang", _("Access staff (Wmo consultants, youth coaches)")
    CLIENTONDERSTEUNING = "clientondersteuning", _("Client support workers")
    CLIENTVERTEGENWOORDIGING = "clientvertegenwoordiging", _("Client representatives")
    ERVARINGSDESKUNDIGEN = "ervaringsdeskundigen", _("Experts by experience")
    INWONERS = "inwoners", _("Residents")
    AANBIEDERS = "aanbieders", _("Care and welfare providers")
    BESTUUR = "bestuur", _("Aldermen and council members")


class Innovation(models.Model):
    """A regional innovation followed through the seven phases of the innovatiespiraal, e.g.
    "access staff refer to independent client support as a matter of course"."""

    region = models.ForeignKey(
        "organisations.Region", related_name="innovations", on_delete=models.CASCADE
    )
    title = models.CharField(_("what is being renewed"), max_length=200)
    aim = models.TextField(
        _("what should be different in the end"),
        blank=True,
        help_text=_("For example: every resident who asks for help hears about client support."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        related_name="+",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("innovation")

    def __str__(self):
        return self.title


class InnovationPhase(models.Model):
    """What happened in one phase: the work, the decisions, who took part (roles), the
    evidence it used and the next step."""

    innovation = models.ForeignKey(Innovation, related_name="phases", on_delete=models.CASCADE)
    phase = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(7)]
    )
    happened_on = models.DateField(_("when"))
    what_happened = models.TextField(_("what was done"))
    decisions = models.TextField(_("decisions"), blank=True)
    participants = models.JSONField(_("who took part"), default=list)
    findings = models.ManyToManyField(
        "insights.Finding", blank=True, related_name="+", verbose_name=_("evidence used")
    )
    next_step = models.TextField(_("next step"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        related_name="+",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["phase"]
        constraints = [
            models.UniqueConstraint(fields=["innovation", "phase"], name="one_record_per_phase")
        ]

    def __str__(self):
        return f"{self.innovation} — {self.phase}"

    @property
    def participant_labels(self) -> list[str]:
        labels = dict(ParticipantRole.choices)
        return [str(labels.get(role, role)) for role in self.participants]


class NetworkAnalysis(models.Model):
    """One moment of the regional network analysis: which organisations and teams work
    together around client support, as the participants see it. ``previous`` points at an
    earlier analysis of the same region, to compare the two moments."""

    region = models.ForeignKey(
        "organisations.Region", related_name="network_analyses", on_delete=models.CASCADE
    )
    title = models.CharField(
        _("what the network is about"),
        max_length=200,
        help_text=_("The core in a few words, for example: client support in the region."),
    )
    moment = models.CharField(_("moment"), max_length=60, help_text=_("For example: Spring 2026."))
    previous = models.ForeignKey(
        "self",
        related_name="+",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("compare with"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        related_name="+",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("network analysis")
        verbose_name_plural = _("network analyses")

    def __str__(self):
        return f"{self.title} — {self.moment}"

    def clean(self):
        if self.previous_id is None:
            return
        if self.pk and self.previous_id == self.pk:
            raise ValidationError({"previous": _("An analysis cannot be compared with itself.")})
        if self.region_id is not None and self.previous.region_id != self.region_id:
            raise ValidationError(
                {"previous": _("Compare with an earlier analysis of the same region.")}
            )


class NodeKind(models.TextChoices):
    """What kind of organisation or team a node is. Nodes are organisations, never persons."""

    GEMEENTE = "gemeente", _("Municipality")
    TOEGANG = "toegang", _("Access team (Wmo, youth, social team)")
    CLIENTONDERSTEUNING = "clientondersteuning", _("Client support")
    ZORGAANBIEDER = "zorgaanbieder", _("Care provider")
    WELZIJN = "welzijn", _("Welfare organisation")
    CLIENTENORGANISATIE = "clientenorganisatie", _("Client organisation or advisory council")
    ANDERS = "anders", _("Other")


class NetworkNode(models.Model):
    """An organisation or team in one network analysis."""

    analysis = models.ForeignKey(NetworkAnalysis, related_name="nodes", on_delete=models.CASCADE)
    name = models.CharField(_("name of the organisation or team"), max_length=120)
    kind = models.CharField(_("kind"), max_length=30, choices=NodeKind.choices)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("organisation in the network")
        constraints = [
            models.UniqueConstraint(
                Lower("name"),
                "analysis",
                name="one_node_per_name_per_analysis",
                violation_error_message=_("This organisation is already in the network."),
            )
        ]

    def __str__(self):
        return self.name


class LinkKind(models.TextChoices):
    """How two organisations work together."""

    INFORMEREN = "informeren", _("Inform each other")
    DOORVERWIJZEN = "doorverwijzen", _("Refer residents")
    SAMENWERKEN = "samenwerken", _("Work together on cases")
    OVERLEG = "overleg", _("Meet regularly")


class LinkStrength(models.IntegerChoices):
    WEAK = 1, _("Weak")
    FAIR = 2, _("Fair")
    STRONG = 3, _("Strong")


class NetworkLink(models.Model):
    """One participant's answer about the cooperation between two organisations."""

    analysis = models.ForeignKey(NetworkAnalysis, related_name="links", on_delete=models.CASCADE)
    from_node = models.ForeignKey(NetworkNode, related_name="+", on_delete=models.CASCADE)
    to_node = models.ForeignKey(NetworkNode, related_name="+", on_delete=models.CASCADE)
    kind = models.CharField(_("how they work together"), max_length=20, choices=LinkKind.choices)
    strength = models.PositiveSmallIntegerField(_("strength"), choices=LinkStrength.choices)
    should_be_stronger = models.BooleanField(_("should be stronger"), default=False)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, related_name="+", on_delete=models.SET_NULL, null=True
    )
    entered_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("link in the network")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(from_node=models.F("to_node")), name="link_not_to_itself"
            ),
            models.CheckConstraint(
                condition=models.Q(strength__gte=1, strength__lte=3), name="link_strength_1_to_3"
            ),
        ]

    def __str__(self):
        return f"{self.from_node} — {self.to_node}"

    def clean(self):
        if self.from_node_id and self.from_node_id == self.to_node_id:
            raise ValidationError(_("An organisation cannot have a link with itself."))
        for node in (self.from_node, self.to_node):
            if node.analysis_id != self.analysis_id:
                raise ValidationError(_("Choose organisations from this network analysis."))


class RegionalTraject(models.Model):
    """One traject that several member municipalities run at once: one question, one plan and
    the same questionnaires, with results per municipality and for the region.

    Each municipality that joins gets its own traject (its own residents, instruments and
    evidence); the regional traject only ties them together."""

    region = models.ForeignKey(
        "organisations.Region", related_name="regional_trajects", on_delete=models.CASCADE
    )
    title = models.CharField(_("title"), max_length=200)
    question = models.TextField(_("improvement question"))
    goal = models.TextField(_("goal"), blank=True)
    plan = models.JSONField(_("plan"), default=list, blank=True)
    template_keys = models.JSONField(_("shared questionnaires"), default=list, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, related_name="+", on_delete=models.SET_NULL, null=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("regional traject")
        verbose_name_plural = _("regional trajects")

    def __str__(self):
        return self.title


class RegionalParticipation(models.Model):
    """A municipality's own traject within a regional traject."""

    regional_traject = models.ForeignKey(
        RegionalTraject, related_name="participations", on_delete=models.CASCADE
    )
    municipality = models.ForeignKey(
        "organisations.Municipality", related_name="+", on_delete=models.CASCADE
    )
    traject = models.OneToOneField(
        "trajects.Traject", related_name="regional_participation", on_delete=models.CASCADE
    )
    joined_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, related_name="+", on_delete=models.SET_NULL, null=True
    )
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["municipality__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["regional_traject", "municipality"], name="one_participation_per_member"
            )
        ]
        verbose_name = _("participation in a regional traject")
        verbose_name_plural = _("participations in regional trajects")

    def __str__(self):
        return f"{self.municipality} — {self.regional_traject}"
