from django.utils import timezone

from .models import Invitation, Membership


def memberships_for(user):
    return (
        Membership.objects.filter(user=user)
        .select_related("municipality", "municipality__region")
        .order_by("municipality__name")
    )


def members_of(municipality):
    return (
        Membership.objects.filter(municipality=municipality)
        .select_related("user")
        .order_by("role", "user__email")
    )


def open_invitations(municipality):
    return Invitation.objects.filter(
        municipality=municipality, accepted_at__isnull=True, expires_at__gt=timezone.now()
    )


def open_invitation_by_token(token: str) -> Invitation | None:
    return (
        Invitation.objects.select_related("municipality")
        .filter(token=token, accepted_at__isnull=True, expires_at__gt=timezone.now())
        .first()
    )
