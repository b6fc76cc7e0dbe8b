"""A meeting's harvest as a spreadsheet: one row per item, the report's details on every row.

The columns are part of the documented export format (docs/exports.md); change them only with
a new FORMAT_VERSION. A session with a harvest form tailored to a werkvorm adds that form's
details as extra columns after these (docs/regional-werkvormen.md); the general columns stay
the same, in the same order.
"""

from samenspraak.core.spreadsheets import safe_cell

from .harvest import EXPORT_COLUMNS
from .models import HarvestForm

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
# A kunst & cultuur work can have a photo; the export says so and what it shows, never the file.
PHOTO_COLUMNS = ["foto", "foto_beschrijving"]


def _photo_cells(item) -> list:
    photo = item.photo if hasattr(item, "photo") else None
    return ["ja", photo.description] if photo else ["nee", ""]


def rows(session):
    extra = EXPORT_COLUMNS.get(session.harvest_form, [])
    photos = session.harvest_form == HarvestForm.KUNST
    yield COLUMNS + extra + (PHOTO_COLUMNS if photos else [])
    method = session.method.name if session.method else ""
    held_on = session.held_on.isoformat() if session.held_on else ""
    for item in session.items.select_related("photo"):
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
                *(_photo_cells(item) if photos else []),
            )
        ]


def filename(session, extension: str) -> str:
    return f"samenspraak-gespreksverslag-{session.pk}-v{FORMAT_VERSION}.{extension}"
