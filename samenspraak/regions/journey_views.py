"""The region's klantreis comparison: one page and its exports for the regional meeting.

Aggregates only: no view here reads a note, a quote or an entry, whatever a traject shares.
"""

from django.conf import settings
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string

from samenspraak.core.spreadsheets import csv_stream, xlsx_response

from . import journey_chart, journey_compare

EXPORT_KINDS = ("csv", "xlsx", "pdf")


def _comparison(request):
    """The comparison as this viewer may see it: their own municipality by name."""
    return journey_compare.comparison(
        request.region,
        viewer_municipality_ids=[m.pk for m in request.region_access.municipalities],
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
    if kind not in EXPORT_KINDS:
        raise Http404
    found = _comparison(request)
    if found is None:
        raise Http404
    filename = f"klantreizen-{request.region.slug}.{kind}"
    if kind == "pdf":
        from weasyprint import HTML

        html = render_to_string(
            "regions/journey_compare_pdf.html", _context(request, found), request
        )
        response = HttpResponse(
            HTML(string=html).write_pdf(pdf_variant="pdf/ua-1"), content_type="application/pdf"
        )
    elif kind == "xlsx":
        return xlsx_response(
            journey_compare.table_rows(found), sheet="klantreizen", filename=filename
        )
    else:
        response = StreamingHttpResponse(
            csv_stream(journey_compare.table_rows(found), ";"),
            content_type="text/csv; charset=utf-8",
        )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
