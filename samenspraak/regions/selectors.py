"""What the region space reads. Nothing here returns a raw answer or an unmasked text: other
region features (spiegel, persona's) build on these functions, not on the municipality's
own selectors."""

from dataclasses import dataclass

from samenspraak.insights.models import Contribution, MaskState
from samenspraak.organisations.models import Municipality
from samenspraak.privacy.selectors import public_text
from samenspraak.trajects.models import Traject

from .models import LEVEL_ORDER, RegionMembership, SharingLevel, TrajectSharing


def members_of_region(region):
    return (
        RegionMembership.objects.filter(region=region)
        .select_related("user")
        .order_by("role", "user__email")
    )


def region_memberships_for(user):
    return RegionMembership.objects.filter(user=user).select_related("region")


def member_municipalities(region):
    return Municipality.objects.filter(region=region).order_by("name")


def sharing_level(traject) -> str:
    """The level a traject shares at; a traject without a decision shares nothing."""
    sharing = getattr(traject, "sharing", None)
    return sharing.level if sharing is not None else SharingLevel.NIETS


def _levels_from(level: str) -> list[str]:
    return [str(value) for value in LEVEL_ORDER[LEVEL_ORDER.index(SharingLevel(level)) :]]


def shared_trajects(region, level: str = SharingLevel.AGGREGATEN):
    """Trajects of the region's municipalities that share at least ``level``."""
    if level == SharingLevel.NIETS:
        raise ValueError("Ask for trajects that share something: aggregaten or citaten.")
    return (
        Traject.objects.filter(municipality__region=region, sharing__level__in=_levels_from(level))
        .select_related("municipality", "sharing")
        .order_by("municipality__name", "title")
    )


def shared_traject(region, pk):
    """One traject the region may see, or None."""
    return shared_trajects(region).filter(pk=pk).first()


@dataclass(frozen=True)
class SharedQuote:
    """A quote as the region may read it: the masked wording only, never the original."""

    text: str
    source: str
    created_on: object


def quotable(contributions):
    """Of these contributions, the ones the region may quote: the resident consented and the
    mask has been checked for personal data."""
    return contributions.filter(consent_public=True).exclude(mask_state=MaskState.PENDING)


def as_shared_quotes(contributions) -> list[SharedQuote]:
    """The contributions as the region may read them: their masked wording, never themselves."""
    return [
        SharedQuote(
            text=public_text(contribution),
            source=contribution.get_source_type_display(),
            created_on=contribution.created_on,
        )
        for contribution in contributions
    ]


def shared_quotes(traject, limit: int | None = None) -> list[SharedQuote]:
    """Masked, consented quotes of a traject, and only when it shares at level citaten."""
    shares_quotes = TrajectSharing.objects.filter(
        traject=traject, level=SharingLevel.CITATEN
    ).exists()  # read afresh: never trust a level cached on the traject for this
    if not shares_quotes:
        return []
    contributions = quotable(Contribution.objects.filter(traject=traject)).order_by(
        "-created_on", "pk"
    )
    if limit is not None:
        contributions = contributions[:limit]
    return [quote for quote in as_shared_quotes(contributions) if quote.text.strip()]
