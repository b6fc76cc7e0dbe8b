"""Who may make, edit and complete which persona.

Region access (``regions.scoping``) decides who enters the region space at all. Within it, the
regional coordinator (``manage_personas``) makes and edits every persona; staff who run trajects
(``manage_trajects``) in a member municipality make persona's for their own municipality and
record only their own municipality's route. Everyone else reads shared persona's only.
"""

from dataclasses import dataclass

from samenspraak.organisations.models import Membership
from samenspraak.organisations.roles import Permission
from samenspraak.regions.roles import RegionPermission


@dataclass(frozen=True)
class PersonaAbilities:
    region_wide: bool
    municipalities: tuple  # member municipalities where the user runs trajects

    @property
    def municipality_ids(self) -> set[int]:
        return {municipality.pk for municipality in self.municipalities}

    @property
    def may_make(self) -> bool:
        return self.region_wide or bool(self.municipalities)

    def may_edit(self, persona) -> bool:
        return self.region_wide or persona.municipality_id in self.municipality_ids

    def may_see(self, persona) -> bool:
        return persona.is_shared or self.may_edit(persona)

    def may_record_route(self, persona) -> bool:
        return bool(self.municipalities) and self.may_see(persona)


def abilities_for(user, region_access) -> PersonaAbilities:
    """What this user may do with the persona's of the region they are in."""
    ids = region_access.municipality_ids
    memberships = Membership.objects.select_related("municipality").filter(
        user=user, municipality_id__in=ids
    )
    return PersonaAbilities(
        region_wide=region_access.has_perm(RegionPermission.MANAGE_PERSONAS),
        municipalities=tuple(
            sorted(
                (m.municipality for m in memberships if m.has_perm(Permission.MANAGE_TRAJECTS)),
                key=lambda municipality: municipality.name,
            )
        ),
    )


def runs_trajects_in(user, municipality) -> bool:
    membership = Membership.objects.filter(user=user, municipality=municipality).first()
    return membership is not None and membership.has_perm(Permission.MANAGE_TRAJECTS)
