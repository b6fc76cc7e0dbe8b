"""The points of a schouw: one row per point (format in docs/exports.md)."""

from samenspraak.core.spreadsheets import safe_cell

FORMAT_VERSION = 1
COLUMNS = [
    "punt_id",
    "datum",
    "soort",
    "beschrijving",
    "plek",
    "breedtegraad",
    "lengtegraad",
    "foto",
    "steun",
    "reactie_gemeente",
]


def rows(walk):
    yield COLUMNS
    for point in walk.points.order_by("pk"):
        yield [
            safe_cell(value)
            for value in (
                point.pk,
                point.created_on.isoformat(),
                point.category,
                point.description,
                point.location_text,
                str(point.latitude) if point.latitude is not None else "",
                str(point.longitude) if point.longitude is not None else "",
                "ja" if point.photo else "nee",
                point.support_count,
                point.response,
            )
        ]


def filename(walk, extension: str) -> str:
    return f"samenspraak-schouw-{walk.public_code}-v{FORMAT_VERSION}.{extension}"
