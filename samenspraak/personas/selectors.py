"""What the persona pages read. Evidence is read through the region's sharing, afresh on every
call: when a municipality stops sharing a traject, its findings and quotes leave the persona at
once, and a quote is only ever its masked wording."""

from django.db.models import Q

from samenspraak.insights.models import Contribution, Finding
from samenspraak.journeys.curve import curve
from samenspraak.regions.models import SharingLevel
from samenspraak.regions.selectors import (
    SharedQuote,
    as_shared_quotes,
    quotable,
    shared_trajects,
)

from .models import Persona

QUOTE_CHOICES_SHOWN = 100


def personas_for(region, abilities):
    """The persona's this user sees: every shared one, and the drafts they may edit."""
    visible = Q(status=Persona.Status.GEDEELD)
    if abilities.region_wide:
        visible = Q()
    elif abilities.municipalities:
        visible |= Q(municipality_id__in=abilities.municipality_ids)
    return (
        Persona.objects.filter(region=region)
        .filter(visible)
        .select_related("municipality")
        .prefetch_related("routes")
    )


def persona_in(region, pk) -> Persona | None:
    return (
        Persona.objects.filter(region=region, pk=pk)
        .select_related("municipality", "region")
        .prefetch_related("phases")
        .first()
    )


def _evidence_trajects(region, municipalities, level):
    trajects = shared_trajects(region, level=level)
    if municipalities is not None:
        trajects = trajects.filter(municipality__in=municipalities)
    return trajects


def finding_choices(region, municipalities=None):
    """Findings of trajects shared with the region (at least aggregates), of the given
    municipalities only, or of all members when ``municipalities`` is None."""
    return (
        Finding.objects.filter(
            traject__in=_evidence_trajects(region, municipalities, SharingLevel.AGGREGATEN)
        )
        .select_related("traject__municipality")
        .order_by("traject__municipality__name", "traject__title", "position", "pk")
    )


def quote_choices(region, municipalities=None):
    """Contributions that may be quoted: consented, checked for personal data, of trajects
    that share quotes with the region."""
    return (
        quotable(
            Contribution.objects.filter(
                traject__in=_evidence_trajects(region, municipalities, SharingLevel.CITATEN)
            )
        )
        .exclude(masked_text="")
        .select_related("traject__municipality")
        .order_by("-created_on", "-pk")
    )


def evidence_scope(persona):
    """Whose evidence a persona may use: its own municipality's, or the whole region's."""
    return None if persona.municipality_id is None else [persona.municipality_id]


def persona_findings(persona):
    return finding_choices(persona.region, evidence_scope(persona)).filter(
        pk__in=persona.findings.values("pk")
    )


def persona_quotes(persona) -> list[SharedQuote]:
    """The persona's quotes as the region may read them, never the contributions themselves."""
    contributions = quote_choices(persona.region, evidence_scope(persona)).filter(
        pk__in=persona.quotes.values("pk")
    )
    return as_shared_quotes(contributions)


def journey_curve(persona) -> tuple[dict, list[dict]]:
    """The expected-experience curve of the persona and its table rows."""
    phases = list(persona.phases.all())
    drawing = curve([(phase.phase_name, phase.score) for phase in phases])
    rows = [
        {"number": index, "name": phase.phase_name, "score": phase.score}
        for index, phase in enumerate(phases, start=1)
    ]
    return drawing, rows
