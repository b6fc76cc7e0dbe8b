"""Roles within a municipality and what each may do.

Views ask for a permission, never for a role, so that a new role only changes this table.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    BEHEERDER = "beheerder", _("Administrator")
    ANALIST = "analist", _("Analyst")
    MEDEWERKER = "medewerker", _("Staff member")
    ADVIESRAAD = "adviesraad", _("Advisory council member")
    VRIJWILLIGER = "vrijwilliger", _("Volunteer")
    MYSTERY_GUEST = "mysteryguest", _("Mystery guest")


class Permission(models.TextChoices):
    VIEW_WORKSPACE = "view_workspace", _("See the municipality's workspace")
    MANAGE_MEMBERS = "manage_members", _("Invite and manage members")
    MANAGE_SETTINGS = "manage_settings", _("Change the municipality's settings and theme")
    MANAGE_TRAJECTS = "manage_trajects", _("Run trajects and instruments")
    VIEW_RESULTS = "view_results", _("Read results")
    VIEW_RAW_DATA = "view_raw_data", _("Read raw answers and unmasked text")
    EXPORT_RAW_DATA = "export_raw_data", _("Export raw data")
    COMMENT = "comment", _("Comment and give advice")
    ENTER_RESPONSES = "enter_responses", _("Enter answers on behalf of residents")
    DO_VISITS = "do_visits", _("Report the mystery guest visits assigned to you")


P = Permission
ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    Role.BEHEERDER: frozenset(P.values),
    Role.ANALIST: frozenset(
        {
            P.VIEW_WORKSPACE,
            P.MANAGE_TRAJECTS,
            P.VIEW_RESULTS,
            P.VIEW_RAW_DATA,
            P.EXPORT_RAW_DATA,
            P.COMMENT,
            P.ENTER_RESPONSES,
        }
    ),
    Role.MEDEWERKER: frozenset(
        {P.VIEW_WORKSPACE, P.MANAGE_TRAJECTS, P.VIEW_RESULTS, P.COMMENT, P.ENTER_RESPONSES}
    ),
    Role.ADVIESRAAD: frozenset({P.VIEW_WORKSPACE, P.VIEW_RESULTS, P.COMMENT}),
    Role.VRIJWILLIGER: frozenset({P.VIEW_WORKSPACE, P.ENTER_RESPONSES}),
    # A mystery guest sees nothing of the workspace: only the visits assigned to them.
    Role.MYSTERY_GUEST: frozenset({P.DO_VISITS}),
}

ROLE_DESCRIPTIONS = {
    Role.BEHEERDER: _("Manages the municipality's space, its settings and its members."),
    Role.ANALIST: _("Sees all results and raw data, and may export them."),
    Role.MEDEWERKER: _("Runs trajects and instruments and reads results."),
    Role.ADVIESRAAD: _("Reads results and comments; never sees raw personal data."),
    Role.VRIJWILLIGER: _("Only enters answers on behalf of residents."),
    Role.MYSTERY_GUEST: _("Only reports the mystery guest visits assigned to them."),
}


def permissions_for(role: str) -> frozenset[str]:
    return ROLE_PERMISSIONS.get(role, frozenset())
