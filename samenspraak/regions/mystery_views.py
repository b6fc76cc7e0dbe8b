"""The mystery guest comparison page and its exports (docs/regions.md)."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import render

from . import mystery_compare
from .downloads import KINDS, comparison_download


def _comparison(request):
    return mystery_compare.comparison(
        request.region,
        viewer_municipality_ids=request.region_access.municipality_ids,
        anonymous=request.region.compare_anonymously,
    )


def mystery_compare_page(request, regio):
    return render(
        request,
        "regions/mystery_compare.html",
        {"comparison": _comparison(request), "minimum": settings.SMALL_CELL_MINIMUM},
    )


def mystery_compare_export(request, regio, kind):
    found = _comparison(request) if kind in KINDS else None
    if found is None:
        raise Http404
    return comparison_download(
        request,
        kind,
        filename=f"mysteryguest-{request.region.slug}.{kind}",
        rows=mystery_compare.table_rows(found),
        sheet="mysteryguest",
        pdf_template="regions/mystery_compare_pdf.html",
        context={"comparison": found, "minimum": settings.SMALL_CELL_MINIMUM},
    )
