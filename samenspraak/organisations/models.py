import secrets

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .roles import Role, permissions_for

hex_colour = RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Enter a colour as #RRGGBB, e.g. #00689e."))


class Region(models.Model):
    """A group of municipalities that cooperate (a regio)."""

    name = models.CharField(_("name"), max_length=150, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    compare_anonymously = models.BooleanField(
        _("compare anonymously"),
        default=True,
        help_text=_(
            "Each municipality sees its own name; the others are shown as municipality A, B, C."
        ),
    )

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Municipality(models.Model):
    """A gemeente: the tenant that owns trajects, instruments and their data."""

    name = models.CharField(_("name"), max_length=150)
    cbs_code = models.CharField(
        _("CBS code"),
        max_length=6,
        unique=True,
        validators=[RegexValidator(r"^GM\d{4}$", _("A CBS code looks like GM0344."))],
    )
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        related_name="municipalities",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact telephone"), max_length=30, blank=True)
    website = models.URLField(_("website"), blank=True)
    theme_primary_colour = models.CharField(
        _("main colour"), max_length=7, default="#00689e", validators=[hex_colour]
    )
    theme_text_on_primary = models.CharField(
        _("text colour on main colour"), max_length=7, default="#ffffff", validators=[hex_colour]
    )
    logo = models.ImageField(_("logo"), upload_to="logos/", blank=True)

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Membership(models.Model):
    """Links a user to a municipality with one role."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, related_name="memberships", on_delete=models.CASCADE
    )
    municipality = models.ForeignKey(
        Municipality, related_name="memberships", on_delete=models.CASCADE
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "municipality"], name="one_role_per_municipality"
            )
        ]
        ordering = ["municipality__name", "user__email"]

    def __str__(self):
        return f"{self.user} — {self.municipality} ({self.get_role_display()})"

    @property
    def permissions(self):
        return permissions_for(self.role)

    def has_perm(self, permission: str) -> bool:
        return permission in self.permissions

    def get_home_url(self) -> str:
        """Where this member starts: the workspace, or for a mystery guest their visits."""
        from .roles import Permission

        if not self.has_perm(Permission.VIEW_WORKSPACE) and self.has_perm(Permission.DO_VISITS):
            return reverse("mystery:my-visits", args=[self.municipality.slug])
        return reverse("organisations:dashboard", args=[self.municipality.slug])


def new_invitation_token():
    return secrets.token_urlsafe(32)


class Invitation(models.Model):
    """A beheerder's invitation to join a municipality; accepted once, before it expires."""

    municipality = models.ForeignKey(
        Municipality, related_name="invitations", on_delete=models.CASCADE
    )
    email = models.EmailField(_("e-mail address"))
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    token = models.CharField(max_length=64, unique=True, default=new_invitation_token)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, related_name="+", on_delete=models.SET_NULL, null=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.email} → {self.municipality}"

    @property
    def is_open(self):
        return self.accepted_at is None and self.expires_at > timezone.now()
