"""Roles within a region space and what each may do.

Like the municipality roles, views ask for a permission, never for a role.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RegionRole(models.TextChoices):
    COORDINATOR = "coordinator", _("Regional coordinator")
    LEZER = "lezer", _("Reader")


class RegionPermission(models.TextChoices):
    VIEW_REGION = "view_region", _("See the region space")
    MANAGE_REGION_MEMBERS = "manage_region_members", _("Add and remove members of the region")
    MANAGE_INNOVATIONS = "manage_innovations", _("Keep the innovatiespiraal up to date")
    MANAGE_NETWORK = "manage_network", _("Set up network analyses and their organisations")
    MANAGE_COMPARISON = "manage_comparison", _("Choose how the region compares municipalities")
    MANAGE_REGIONAL_TRAJECTS = (
        "manage_regional_trajects",
        _("Start regional trajects and change their plan"),
    )
    MANAGE_PERSONAS = "manage_personas", _("Make and edit every persona of the region")


REGION_ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    RegionRole.COORDINATOR: frozenset(RegionPermission.values),
    RegionRole.LEZER: frozenset({RegionPermission.VIEW_REGION}),
}

# A municipality's staff who may read results there read the region space of its region.
MUNICIPALITY_STAFF_PERMISSIONS: frozenset[str] = frozenset({RegionPermission.VIEW_REGION})

REGION_ROLE_DESCRIPTIONS = {
    RegionRole.COORDINATOR: _("Manages the region space and its members."),
    RegionRole.LEZER: _("Reads the region space: what member municipalities share."),
}


def region_permissions_for(role: str) -> frozenset[str]:
    return REGION_ROLE_PERMISSIONS.get(role, frozenset())
