"""The region's klantreis comparison: one page and its exports for the regional meeting.

Aggregates only: no view here reads a note, a quote or an entry, whatever a traject shares.
"""

from django.conf import settings
from django.http import Http404
from django.shortcuts import render

from . import journey_chart, journey_compare
from .downloads import KINDS, comparison_download


def _comparison(request):
    """The comparison as this viewer may see it: their own municipality by name."""
    return journey_compare.comparison(
        request.region,
        viewer_municipality_ids=request.region_access.municipality_ids,
        anonymous=request.region.compare_anonymously,
    )


def _context(request, found) -> dict:
    return {
        "comparison": found,
        "minimum": settings.SMALL_CELL_MINIMUM,
        "difference": journey_compare.DIFFERENCE,
        "region": request.region,
    }


def journey_compare_page(request, regio):
    found = _comparison(request)
    context = _context(request, found)
    if found is not None:
        context["chart"] = journey_chart.drawing(found)
    return render(request, "regions/journey_compare.html", context)


def journey_compare_export(request, regio, kind):
    found = _comparison(request) if kind in KINDS else None
    if found is None:
        raise Http404
    return comparison_download(
        request,
        kind,
        filename=f"klantreizen-{request.region.slug}.{kind}",
        rows=journey_compare.table_rows(found),
        sheet="klantreizen",
        pdf_template="regions/journey_compare_pdf.html",
        context=_context(request, found),
    )
