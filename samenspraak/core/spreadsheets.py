"""Spreadsheet-safe cells: text starting with = + - @ (or a tab/return) is made inert.

Spreadsheet programs execute such cells as formulas (CSV/formula injection). A leading
apostrophe makes them plain text in Excel and LibreOffice while keeping the text readable.
"""

import csv
import tempfile

from django.http import FileResponse

DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    if isinstance(value, str) and value.startswith(DANGEROUS_STARTS):
        return "'" + value
    return value


class _Echo:
    """A file-like object that hands each written line back, so csv.writer can stream."""

    def write(self, value):
        return value


def csv_stream(rows, delimiter=","):
    """CSV lines one by one, with a BOM first so that Excel reads UTF-8 correctly.

    Cells are written as given: callers pass them through ``safe_cell``.
    """
    writer = csv.writer(_Echo(), delimiter=delimiter)
    yield "\ufeff"
    for row in rows:
        yield writer.writerow(row)


def xlsx_response(rows, *, sheet: str, filename: str) -> FileResponse:
    """An XLSX download written row by row (openpyxl write-only) to a temporary file.

    Cells are written as given: callers pass them through ``safe_cell``.
    """
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(sheet)
    for row in rows:
        worksheet.append(row)
    handle = tempfile.NamedTemporaryFile(suffix=".xlsx")  # noqa: SIM115 - FileResponse closes it
    workbook.save(handle.name)
    handle.seek(0)
    return FileResponse(handle, as_attachment=True, filename=filename)
