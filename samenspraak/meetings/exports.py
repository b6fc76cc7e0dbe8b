"""A meeting's harvest as a spreadsheet: one row per item, the report's details on every row.

The columns are part of the documented export format (docs/exports.md); change them only with
a new FORMAT_VERSION.
"""

from samenspraak.core.spreadsheets import safe_cell

FORMAT_VERSION = 1
COLUMNS = [
    "verslag",
    "datum",
    "methode",
    "deelnemers",
    "wie",
    "soort",
    "tekst",
    "tafel",
    "ronde",
    "keer_gehoord",
]


def rows(session):
    yield COLUMNS
    method = session.method.name if session.method else ""
    for item in session.items.all():
        yield [
            safe_cell(value)
            for value in (
                session.title,
                session.held_on.isoformat(),
                method,
                session.participant_count,
                session.participant_kinds,
                item.kind,
                item.text,
                item.table,
                item.round_number or "",
                item.mentions,
            )
        ]


def filename(session, extension: str) -> str:
    return f"samenspraak-gespreksverslag-{session.pk}-v{FORMAT_VERSION}.{extension}"
