"""Entries of finished diaries for analysts: one row per entry (docs/exports.md).

Diaries still running stay private, so they are not in the export.
"""

from samenspraak.core.spreadsheets import safe_cell

from .models import Entry

FORMAT_VERSION = 1
COLUMNS = ["deelnemer", "datum", "dag", "stemming", "vraag_van_de_dag", "tekst"]


def rows(diary):
    yield COLUMNS
    entries = (
        Entry.objects.filter(participant__diary=diary, participant__finished_on__isnull=False)
        .select_related("participant")
        .order_by("participant__number", "day", "pk")
    )
    for entry in entries:
        participant = entry.participant
        yield [
            safe_cell(value)
            for value in (
                participant.number,
                entry.day.isoformat(),
                participant.day_number(entry.day),
                entry.mood,
                entry.prompt,
                entry.text,
            )
        ]


def filename(diary, extension: str) -> str:
    return f"samenspraak-dagboek-{diary.pk}-v{FORMAT_VERSION}.{extension}"
