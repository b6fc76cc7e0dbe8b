"""Dashboards per instrument and per traject. Every figure is suppressed below the minimum."""

from django.shortcuts import get_object_or_404, render

from samenspraak.instruments.models import Instrument
from samenspraak.journeys.models import Journey
from samenspraak.mystery.models import MysteryRound
from samenspraak.organisations.roles import Permission
from samenspraak.organisations.scoping import requires
from samenspraak.responses.selectors import standard_indicators
from samenspraak.trajects.selectors import traject_for

from . import dashboards


@requires(Permission.VIEW_RESULTS)
def instrument_dashboard(request, gemeente, instrument_pk):
    instrument = get_object_or_404(
        Instrument.objects.filter(municipality=request.municipality), pk=instrument_pk
    )
    breakdown = request.GET.get("uitsplitsing") or None
    if breakdown not in dashboards.BREAKDOWNS:
        breakdown = None
    standard = standard_indicators(instrument)
    if standard:
        for row in standard["rows"]:
            if row["n"] < dashboards.minimum():
                row["percent"] = None
    return render(
        request,
        "insights/instrument_dashboard.html",
        {
            "instrument": instrument,
            "figures": dashboards.question_figures(instrument, breakdown),
            "breakdown": breakdown,
            "breakdowns": [(key, label) for key, (_f, label) in dashboards.BREAKDOWNS.items()],
            "standard": standard,
            "minimum": dashboards.minimum(),
        },
    )


@requires(Permission.VIEW_RESULTS)
def traject_dashboard(request, gemeente, traject_pk):
    traject = traject_for(request.municipality, traject_pk)
    dimension = request.GET.get("naar")
    if dimension not in ("groep", "kanaal", "ronde"):
        dimension = "groep"
    return render(
        request,
        "insights/traject_dashboard.html",
        {
            "traject": traject,
            "instruments": Instrument.objects.filter(traject=traject).order_by("title"),
            "journeys": Journey.objects.filter(traject=traject).order_by("title"),
            "mystery_rounds": MysteryRound.objects.filter(traject=traject).order_by("title"),
            "heatmap": dashboards.heatmap(traject, dimension),
            "dimension": dimension,
            "minimum": dashboards.minimum(),
        },
    )
