"""A meeting's harvest as a spreadsheet: one row per item, the report's details on every row.

The columns are part of the documented export format (docs/exports.md); change them only with
a new FORMAT_VERSION. A session with a harvest form tailored to a werkvorm adds that form's
details as extra columns after these (docs/regional-werkvormen.md); the general columns stay
the same, in the same order.
"""

from samenspraak.core.spreadsheets import safe_cell

from .harvest import EXPORT_COLUMNS

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
    extra = EXPORT_COLUMNS.get(session.harvest_form, [])
    yield COLUMNS + extra
    method = session.method.name if session.method else ""
    held_on = session.held_on.isoformat() if session.held_on else ""
    for item in session.items.all():
        yield [
            safe_cell(value)
            for value in (
                session.title,
                held_on,
                method,
                session.participant_count,
                session.participant_kinds,
                item.kind,
                item.text,
                item.table,
                item.round_number or "",
                item.mentions,
                *(item.details.get(key, "") for key in extra),
            )
        ]


def filename(session, extension: str) -> str:
    return f"samenspraak-gespreksverslag-{session.pk}-v{FORMAT_VERSION}.{extension}"
