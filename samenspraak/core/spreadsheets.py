"""Spreadsheet-safe cells: text starting with = + - @ (or a tab/return) is made inert.

Spreadsheet programs execute such cells as formulas (CSV/formula injection). A leading
apostrophe makes them plain text in Excel and LibreOffice while keeping the text readable.
"""

DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    if isinstance(value, str) and value.startswith(DANGEROUS_STARTS):
        return "'" + value
    return value
