"""Spreadsheet-safe cells: text starting with = + - @ (or a tab/return) is made inert.

Spreadsheet programs execute such cells as formulas (CSV/formula injection). A leading
apostrophe makes them plain text in Excel and LibreOffice while keeping the text readable.
"""

import csv

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
