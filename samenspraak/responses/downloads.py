"""Raw-data downloads of every instrument: recorded first, then CSV streamed or XLSX written.

One place for the rules the export docs promise: who exported what is always recorded, CSV
starts with a BOM and takes ``?scheiding=puntkomma`` for Dutch Excel, and XLSX is written row by
row. Callers pass rows whose cells went through ``safe_cell``.
"""

from django.http import StreamingHttpResponse

from samenspraak.core.spreadsheets import csv_stream, xlsx_response

from .models import ExportRecord


def record_export(request, what: str, instrument=None) -> None:
    """Who exported what, kept for every raw-data download whatever its format."""
    ExportRecord.objects.create(
        user=request.user, municipality=request.municipality, instrument=instrument, what=what
    )


def raw_data_download(request, rows, *, kind: str, what: str, filename: str, sheet: str):
    record_export(request, f"{what}.{kind}")
    if kind == "xlsx":
        return xlsx_response(rows, sheet=sheet, filename=filename)
    delimiter = ";" if request.GET.get("scheiding") == "puntkomma" else ","
    response = StreamingHttpResponse(
        csv_stream(rows, delimiter), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
