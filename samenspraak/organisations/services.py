"""State changes of organisations: members, invitations and the municipality's theme."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspraak.core.colour import contrast_ratio
from samenspraak.core.images import clean_image

from .models import Invitation, Membership, Municipality
from .roles import Role

MIN_CONTRAST = 4.5  # WCAG 2.1 AA for normal text


@transaction.atomic
def invite_member(*, municipality: Municipality, email: str, role: str, invited_by, base_url: str):
    email = email.strip().lower()
    if Membership.objects.filter(municipality=municipality, user__email=email).exists():
        raise ValidationError({"email": _("This person is already a member.")})
    Invitation.objects.filter(
        municipality=municipality, email=email, accepted_at__isnull=True
    ).delete()
    invitation = Invitation.objects.create(
        municipality=municipality,
        email=email,
        role=role,
        invited_by=invited_by,
        expires_at=timezone.now() + timedelta(days=settings.INVITATION_VALID_DAYS),
    )
    link = base_url + reverse("accounts:accept-invitation", args=[invitation.token])
    context = {"invitation": invitation, "link": link, "days": settings.INVITATION_VALID_DAYS}
    transaction.on_commit(
        lambda: send_mail(
            subject=_("Invitation to Samenspraak for %(name)s") % {"name": municipality.name},
            message=render_to_string("organisations/email/invitation.txt", context),
            from_email=None,
            recipient_list=[email],
        )
    )
    return invitation


@transaction.atomic
def accept_invitation(*, invitation: Invitation, user=None, full_name="", password=None):
    """Join the invited municipality, creating the account when the person has none yet."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if not invitation.is_open:
        raise ValidationError(_("This invitation has expired or has already been used."))
    if user is None:
        user = get_user_model().objects.create_user(
            email=invitation.email, password=password, full_name=full_name
        )
    Membership.objects.update_or_create(
        user=user, municipality=invitation.municipality, defaults={"role": invitation.role}
    )
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    return user


def _ensure_a_beheerder_remains(membership: Membership):
    others = Membership.objects.filter(
        municipality=membership.municipality, role=Role.BEHEERDER
    ).exclude(pk=membership.pk)
    if membership.role == Role.BEHEERDER and not others.exists():
        raise ValidationError(_("A municipality always needs at least one administrator."))


@transaction.atomic
def change_role(*, membership: Membership, role: str) -> Membership:
    if role != membership.role:
        _ensure_a_beheerder_remains(membership)
    membership.role = role
    membership.save(update_fields=["role"])
    return membership


@transaction.atomic
def remove_member(*, membership: Membership) -> None:
    _ensure_a_beheerder_remains(membership)
    membership.delete()


@transaction.atomic
def update_theme(*, municipality: Municipality, primary, text_on_primary, logo=None, remove_logo):
    if contrast_ratio(text_on_primary, primary) < MIN_CONTRAST:
        raise ValidationError(
            {
                "theme_text_on_primary": _(
                    "The text colour is hard to read on the main colour. Choose colours with "
                    "more contrast (at least 4.5 to 1)."
                )
            }
        )
    municipality.theme_primary_colour = primary
    municipality.theme_text_on_primary = text_on_primary
    if remove_logo and municipality.logo:
        municipality.logo.delete(save=False)
    if logo is not None:
        cleaned = clean_image(logo, max_side=600)
        municipality.logo.save(f"{municipality.slug}.png", cleaned.content, save=False)
    municipality.full_clean()
    municipality.save()
    return municipality
