"""Tenant scoping: the one place that decides which municipality a staff request acts for.

Every staff URL carries the municipality as the ``gemeente`` keyword. ``TenantMiddleware``
resolves it against the user's own memberships before any view runs, so a view can never
see another municipality's data by forgetting a filter: it only receives
``request.municipality`` and ``request.membership``. Views state what they need with
``@requires(Permission.X)``; views that state nothing need ``view_workspace``.
"""

from collections.abc import Callable
from functools import wraps

from django.db.models import QuerySet

from .models import Membership, Municipality
from .roles import Permission

TENANT_KWARG = "gemeente"
REQUIRED_PERMISSION_ATTR = "samenspraak_required_permission"


def requires(permission: str) -> Callable:
    """Declare the permission a staff view needs within its municipality."""

    def decorate(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            return view(*args, **kwargs)

        setattr(wrapped, REQUIRED_PERMISSION_ATTR, permission)
        return wrapped

    return decorate


def required_permission(view) -> str:
    return getattr(view, REQUIRED_PERMISSION_ATTR, Permission.VIEW_WORKSPACE)


def membership_for(user, municipality_slug: str) -> Membership | None:
    if not user.is_authenticated:
        return None
    return (
        Membership.objects.select_related("municipality", "municipality__region")
        .filter(user=user, municipality__slug=municipality_slug)
        .first()
    )


def municipalities_for(user) -> QuerySet[Municipality]:
    """All municipalities whose workspace the user may enter."""
    if not user.is_authenticated:
        return Municipality.objects.none()
    return Municipality.objects.filter(memberships__user=user).order_by("name")


def scoped(queryset: QuerySet, municipality: Municipality, field: str = "municipality"):
    """Filter any tenant-owned queryset to one municipality."""
    return queryset.filter(**{field: municipality})
