"""Coded data for researchers: one row per coding, as written and as masked.

The columns are part of the documented export format (docs/exports.md).
"""

from samenspraak.core.spreadsheets import safe_cell

from .models import Coding

FORMAT_VERSION = 1
COLUMNS = [
    "bijdrage_id",
    "soort",
    "instrument",
    "meting",
    "kanaal",
    "groep",
    "fase",
    "score",
    "datum",
    "tekst",
    "tekst_gemaskeerd",
    "code",
    "hoofdcode",
    "codeur",
    "fragment",
]


def rows(traject):
    yield COLUMNS
    codings = (
        Coding.objects.filter(code__codebook__traject=traject)
        .select_related("contribution__instrument", "contribution__round", "code__parent", "coder")
        .order_by("contribution_id", "code__name", "coder_id")
    )
    for coding in codings.iterator(chunk_size=2000):
        contribution = coding.contribution
        yield [
            safe_cell(value)
            for value in (
                contribution.pk,
                contribution.source_type,
                contribution.instrument.title if contribution.instrument else "",
                contribution.round.name if contribution.round else "",
                contribution.channel,
                contribution.respondent_group,
                contribution.phase,
                "" if contribution.score is None else contribution.score,
                contribution.created_on.isoformat(),
                contribution.text,
                contribution.masked_text,
                coding.code.name,
                coding.code.parent.name if coding.code.parent_id else "",
                coding.coder.email if coding.coder else "samengevoegd",
                coding.fragment,
            )
        ]


def filename(traject, extension: str) -> str:
    return f"samenspraak-codering-traject-{traject.pk}-v{FORMAT_VERSION}.{extension}"
