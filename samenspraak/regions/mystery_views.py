"""The mystery guest comparison page and its exports (docs/regions.md)."""

from django.conf import settings
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string

from samenspraak.core.spreadsheets import csv_stream, xlsx_response

from . import mystery_compare

EXPORT_KINDS = ("csv", "xlsx", "pdf")


def _comparison(request):
    return mystery_compare.comparison(
        request.region,
        viewer_municipality_ids=[m.pk for m in request.region_access.municipalities],
        anonymous=request.region.compare_anonymously,
    )


def mystery_compare_page(request, regio):
    return render(
        request,
        "regions/mystery_compare.html",
        {"comparison": _comparison(request), "minimum": settings.SMALL_CELL_MINIMUM},
    )


def mystery_compare_export(request, regio, kind):
    found = _comparison(request) if kind in EXPORT_KINDS else None
    if found is None:
        raise Http404
    filename = f"mysteryguest-{request.region.slug}.{kind}"
    if kind == "pdf":
        from weasyprint import HTML

        html = render_to_string(
            "regions/mystery_compare_pdf.html",
            {
                "comparison": found,
                "minimum": settings.SMALL_CELL_MINIMUM,
                "region": request.region,
            },
            request,
        )
        response = HttpResponse(
            HTML(string=html).write_pdf(pdf_variant="pdf/ua-1"), content_type="application/pdf"
        )
    elif kind == "xlsx":
        rows = mystery_compare.table_rows(found)
        return xlsx_response(rows, sheet="mysteryguest", filename=filename)
    else:
        rows = mystery_compare.table_rows(found)
        response = StreamingHttpResponse(
            csv_stream(rows, ";"), content_type="text/csv; charset=utf-8"
        )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
