"""A comparison for the regional meeting: the same figures the viewer sees, as CSV (semicolons,
for Dutch Excel), XLSX or a tagged PDF (PDF/UA) of the tables."""

from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.template.loader import render_to_string

from samenspraak.core.spreadsheets import csv_stream, xlsx_response

KINDS = ("csv", "xlsx", "pdf")


def pdf_response(request, template, context, filename):
    """A tagged PDF (PDF/UA) of a region page, to take to the regional meeting."""
    from weasyprint import HTML

    html = render_to_string(template, {**context, "region": request.region}, request)
    response = HttpResponse(
        HTML(string=html).write_pdf(pdf_variant="pdf/ua-1"), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def comparison_download(request, kind, *, filename, rows, sheet, pdf_template, context):
    """``rows`` is only read for CSV and XLSX, ``pdf_template`` with ``context`` only for PDF."""
    if kind not in KINDS:
        raise Http404
    if kind == "xlsx":
        return xlsx_response(rows, sheet=sheet, filename=filename)
    if kind == "pdf":
        return pdf_response(request, pdf_template, context, filename)
    response = StreamingHttpResponse(csv_stream(rows, ";"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
