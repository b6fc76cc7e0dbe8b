"""Region pages for paired questionnaires: which sets can be compared, one set's statements
side by side with the gaps, and its exports for the regional meeting."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import render

from . import paired, paired_chart
from .downloads import KINDS, comparison_download


def _comparison(request, set_key):
    """The comparison as this viewer may see it: their own municipality by name."""
    found = paired.comparison(
        request.region,
        set_key,
        viewer_municipality_ids=request.region_access.municipality_ids,
        anonymous=request.region.compare_anonymously,
    )
    if found is None:
        raise Http404
    return found


def _context(found, *, charts: bool) -> dict:
    """The charts are drawn for the page only; the exports carry the figures alone."""
    return {
        "comparison": found,
        "legend": paired_chart.legend(found.groups),
        "sections": [
            (
                statement,
                [
                    (table, paired_chart.drawing(table.lines) if charts else None)
                    for table in statement.tables
                ],
            )
            for statement in found.statements
        ],
        "minimum": settings.SMALL_CELL_MINIMUM,
        "refresh_minutes": settings.ANSWER_TALLY_MAX_AGE // 60,
    }


def paired_list(request, regio):
    return render(
        request, "regions/paired_list.html", {"sets": paired.comparable_sets(request.region)}
    )


def paired_detail(request, regio, set_key):
    return render(
        request, "regions/paired.html", _context(_comparison(request, set_key), charts=True)
    )


def paired_export(request, regio, set_key, kind):
    if kind not in KINDS:
        raise Http404
    found = _comparison(request, set_key)
    return comparison_download(
        request,
        kind,
        filename=f"spiegel-paren-{request.region.slug}-{set_key}.{kind}",
        rows=paired.table_rows(found),
        sheet="spiegel-paren",
        pdf_template="regions/paired_pdf.html",
        context=_context(found, charts=False),
    )
