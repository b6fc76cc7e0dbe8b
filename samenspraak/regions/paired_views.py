"""Region pages for paired questionnaires: which sets can be compared, one set's statements
side by side with the gaps, and its exports for the regional meeting."""

from django.conf import settings
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string

from samenspraak.core.spreadsheets import csv_stream, xlsx_response

from . import paired, paired_chart

EXPORT_KINDS = ("csv", "xlsx", "pdf")


def _comparison(request, set_key):
    """The comparison as this viewer may see it: their own municipality by name."""
    found = paired.comparison(
        request.region,
        set_key,
        viewer_municipality_ids=[m.pk for m in request.region_access.municipalities],
        anonymous=request.region.compare_anonymously,
    )
    if found is None:
        raise Http404
    return found


def _context(found) -> dict:
    return {
        "comparison": found,
        "sections": [
            (statement, [(table, paired_chart.drawing(table.lines)) for table in statement.tables])
            for statement in found.statements
        ],
        "minimum": settings.SMALL_CELL_MINIMUM,
        "refresh_minutes": settings.ANSWER_TALLY_MAX_AGE // 60,
    }


def paired_list(request, regio):
    return render(
        request, "regions/paired_list.html", {"sets": paired.comparable_sets(request.region)}
    )


def paired_detail(request, regio, set_key):
    return render(request, "regions/paired.html", _context(_comparison(request, set_key)))


def paired_export(request, regio, set_key, kind):
    if kind not in EXPORT_KINDS:
        raise Http404
    found = _comparison(request, set_key)
    filename = f"spiegel-paren-{request.region.slug}-{set_key}.{kind}"
    if kind == "pdf":
        return _pdf(request, found, filename)
    rows = paired.table_rows(found)
    if kind == "xlsx":
        return xlsx_response(rows, sheet="spiegel-paren", filename=filename)
    response = StreamingHttpResponse(csv_stream(rows, ";"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _pdf(request, found, filename):
    """A tagged PDF of the same tables; the charts stay on the page, the figures are here."""
    from weasyprint import HTML

    html = render_to_string(
        "regions/paired_pdf.html", {**_context(found), "region": request.region}, request
    )
    response = HttpResponse(
        HTML(string=html).write_pdf(pdf_variant="pdf/ua-1"), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
