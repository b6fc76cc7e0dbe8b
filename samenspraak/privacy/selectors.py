"""Which wording of a contribution someone may read."""

from django.utils.translation import gettext as _

from samenspraak.insights.models import MaskState
from samenspraak.organisations.roles import Permission

from . import detection


def may_read_raw(membership) -> bool:
    return membership is not None and membership.has_perm(Permission.VIEW_RAW_DATA)


def readable_text(contribution, *, raw: bool) -> str:
    """Raw text only for the raw-data role; everyone else the mask, or a notice while it waits."""
    if raw:
        return contribution.text
    if contribution.mask_state == MaskState.PENDING:
        return _("[This text is still being checked for personal data.]")
    return contribution.masked_text


def public_text(contribution) -> str:
    """What a public page shows: the mask once made; until then the rule-based mask (contact
    details, numbers, dates of birth), so nothing of that kind is ever shown unmasked."""
    if contribution.mask_state != MaskState.PENDING:
        return contribution.masked_text
    return detection.apply(contribution.text, detection.detect_patterns(contribution.text))
