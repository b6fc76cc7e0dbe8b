from dataclasses import dataclass

from django.shortcuts import get_object_or_404

from .models import Traject


def trajects_of(municipality):
    return Traject.objects.filter(municipality=municipality).select_related("municipality")


def traject_for(municipality, pk):
    """One of the municipality's trajects, or 404: another tenant's traject does not exist."""
    return get_object_or_404(trajects_of(municipality), pk=pk)


@dataclass(frozen=True)
class WerkvormTraject:
    """A traject started from a regional werkvorm, as the region may see it: no question, no
    text, only what the sharing level aggregaten reveals."""

    pk: int
    title: str
    municipality: str
    werkvorm: str
    werkvorm_label: str
    status: str
    status_label: str


def werkvorm_trajects_for_region(region, shared=None) -> list[WerkvormTraject]:
    """Werkvorm trajects that member municipalities share with the region (at least
    aggregaten), for the regional overview; a traject that shares nothing is not listed.
    ``shared``: the region's shared trajects when the caller has already read them."""
    from samenspraak.regions.selectors import shared_trajects

    from .werkvormen import label_for

    if shared is None:
        shared = shared_trajects(region)

    return [
        WerkvormTraject(
            pk=traject.pk,
            title=traject.title,
            municipality=traject.municipality.name,
            werkvorm=traject.werkvorm,
            werkvorm_label=label_for(traject.werkvorm),
            status=traject.status,
            status_label=traject.get_status_display(),
        )
        for traject in shared
        if traject.werkvorm
    ]
