"""A story point's stories for analysts: one row per story, as told and as masked.

The columns are part of the documented export format (docs/exports.md).
"""

from samenspraak.core.spreadsheets import safe_cell

FORMAT_VERSION = 1
COLUMNS = [
    "verhaal_id",
    "datum",
    "status",
    "rol",
    "gevoel",
    "onderwerpen",
    "ook_voor_anderen",
    "titel",
    "verhaal",
    "verhaal_gemaskeerd",
    "belangrijkste_verandering",
    "belangrijkste_verandering_gemaskeerd",
    "toestemming_tonen",
    "reden_afwijzing",
]


def rows(point):
    yield COLUMNS
    for story in point.stories.order_by("pk"):
        yield [
            safe_cell(value)
            for value in (
                story.pk,
                story.submitted_on.isoformat(),
                story.status,
                story.role,
                story.feeling or "",
                "|".join(story.topics),
                story.wish_for_others,
                story.title,
                story.text,
                story.masked_text,
                story.msc,
                story.masked_msc,
                "ja" if story.consent_public else "nee",
                story.reject_reason,
            )
        ]


def filename(point, extension: str) -> str:
    return f"samenspraak-vertelpunt-{point.public_code}-v{FORMAT_VERSION}.{extension}"
