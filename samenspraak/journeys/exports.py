"""Journeys for analysts: one row per phase of each journey (format in docs/exports.md)."""

from samenspraak.core.spreadsheets import safe_cell

from .models import PhaseExperience

FORMAT_VERSION = 1
COLUMNS = [
    "reis_id",
    "datum",
    "soort",
    "kanaal",
    "respondentgroep",
    "fase_nummer",
    "fase",
    "score",
    "bejegening",
    "communicatie",
    "deskundigheid",
    "wat_gebeurde",
    "anders",
]


def rows(journey):
    yield COLUMNS
    experiences = (
        PhaseExperience.objects.filter(entry__journey=journey)
        .select_related("entry")
        .order_by("entry_id", "position")
    )
    for experience in experiences.iterator(chunk_size=2000):
        entry = experience.entry
        yield [
            safe_cell(value)
            for value in (
                entry.pk,
                entry.submitted_on.isoformat(),
                entry.kind,
                entry.channel,
                entry.respondent_group,
                experience.position + 1,
                experience.phase_name,
                experience.score,
                experience.bejegening or "",
                experience.communicatie or "",
                experience.deskundigheid or "",
                experience.what_happened,
                experience.should_differ,
            )
        ]


def filename(journey, extension: str) -> str:
    return f"samenspraak-klantreis-{journey.public_code}-v{FORMAT_VERSION}.{extension}"
