"""State changes of the region space: its members, and what a traject shares with it."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import RegionMembership, SharingLevel, TrajectSharing
from .roles import RegionRole


@transaction.atomic
def add_region_member(*, region, email: str, role: str, added_by) -> RegionMembership:
    """Give an existing account a role in the region space."""
    email = email.strip().lower()
    user = get_user_model().objects.filter(email__iexact=email).first()
    if user is None:
        raise ValidationError(
            {
                "email": _(
                    "There is no account with this e-mail address. Ask the person to log in "
                    "to Samenspraak once, or to join a municipality first."
                )
            }
        )
    if RegionMembership.objects.filter(region=region, user=user).exists():
        raise ValidationError({"email": _("This person is already a member of the region.")})
    membership = RegionMembership(region=region, user=user, role=role, added_by=added_by)
    membership.full_clean()
    membership.save()
    return membership


@transaction.atomic
def remove_region_member(*, membership: RegionMembership) -> None:
    others = RegionMembership.objects.filter(
        region=membership.region, role=RegionRole.COORDINATOR
    ).exclude(pk=membership.pk)
    if membership.role == RegionRole.COORDINATOR and not others.exists():
        raise ValidationError(_("A region always needs at least one regional coordinator."))
    membership.delete()


@transaction.atomic
def set_sharing(*, traject, level: str, user) -> TrajectSharing:
    """Decide what a traject shares with the region of its municipality; records who and when."""
    if level != SharingLevel.NIETS and traject.municipality.region_id is None:
        raise ValidationError(
            {
                "level": _(
                    "Your municipality is not part of a region, so there is no one to share with."
                )
            }
        )
    sharing = TrajectSharing.objects.select_for_update().filter(traject=traject).first()
    sharing = sharing or TrajectSharing(traject=traject)
    if sharing.pk and sharing.level == level:
        return sharing
    sharing.level = level
    sharing.changed_by = user
    sharing.changed_at = timezone.now()
    sharing.full_clean()
    sharing.save()
    return sharing


@transaction.atomic
def set_comparison_anonymous(*, region, anonymous: bool):
    """Whether the spiegel shows the other municipalities by name: a decision for the whole
    region, never for one viewer, or anonymity would mean nothing."""
    region.compare_anonymously = anonymous
    region.save(update_fields=["compare_anonymously"])
    return region
