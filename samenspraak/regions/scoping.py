"""Region scoping: the one place that decides which region a request acts for.

Every region URL carries the region as the ``regio`` keyword. The same middleware that scopes
municipality URLs (``organisations.middleware.TenantMiddleware``) resolves it with
``region_access_for`` before any view runs and sets ``request.region`` and
``request.region_access``. Views state what they need with ``@requires_region(...)``; views
that state nothing need ``view_region``.

Access to a region comes from two places:

- a ``RegionMembership`` (coordinator or lezer) in that region;
- a municipality ``Membership`` with ``view_results`` in a municipality of that region.

Region access never opens a municipality's workspace: the ``gemeente`` keyword is still resolved
against municipality memberships only.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import wraps

from samenspraak.organisations.models import Membership, Municipality, Region
from samenspraak.organisations.roles import Permission

from .models import RegionMembership
from .roles import MUNICIPALITY_STAFF_PERMISSIONS, RegionPermission, RegionRole

REGION_KWARG = "regio"
REQUIRED_REGION_PERMISSION_ATTR = "samenspraak_required_region_permission"


@dataclass(frozen=True)
class RegionAccess:
    """Why and how far a user may enter one region's space."""

    region: Region
    membership: RegionMembership | None = None
    municipalities: tuple[Municipality, ...] = ()
    permissions: frozenset[str] = field(default_factory=frozenset)

    def has_perm(self, permission: str) -> bool:
        return permission in self.permissions

    @property
    def municipality_ids(self) -> list[int]:
        """The viewer's own member municipalities, which comparisons show by name."""
        return [municipality.pk for municipality in self.municipalities]

    @property
    def role_label(self) -> str:
        return RegionRole(self.membership.role).label if self.membership else ""


def requires_region(permission: str) -> Callable:
    """Declare the permission a region view needs within its region."""

    def decorate(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            return view(*args, **kwargs)

        setattr(wrapped, REQUIRED_REGION_PERMISSION_ATTR, permission)
        return wrapped

    return decorate


def required_region_permission(view) -> str:
    return getattr(view, REQUIRED_REGION_PERMISSION_ATTR, RegionPermission.VIEW_REGION)


def region_access_for(user, region_slug: str) -> RegionAccess | None:
    """The user's access to the region with this slug, or None when they have none."""
    if not user.is_authenticated:
        return None
    region = Region.objects.filter(slug=region_slug).first()
    if region is None:
        return None
    membership = RegionMembership.objects.filter(user=user, region=region).first()
    staff_of = tuple(
        m.municipality
        for m in Membership.objects.select_related("municipality").filter(
            user=user, municipality__region=region
        )
        if m.has_perm(Permission.VIEW_RESULTS)
    )
    permissions = frozenset(membership.permissions if membership else ()) | (
        MUNICIPALITY_STAFF_PERMISSIONS if staff_of else frozenset()
    )
    if not permissions:
        return None
    return RegionAccess(
        region=region, membership=membership, municipalities=staff_of, permissions=permissions
    )
