"""Masking as a background task: the detector needs about a gigabyte, so never in a page."""

from django.utils.translation import gettext_lazy as _
from django_tasks import task

from samenspraak.core.background import describe
from samenspraak.organisations.models import Municipality

from . import services


# The municipality is the argument municipality_pk itself (None: every municipality).
@describe(_("Check new texts for personal data"))
@task()
def mask_pending(municipality_pk: int | None = None) -> int:
    municipality = (
        Municipality.objects.get(pk=municipality_pk) if municipality_pk is not None else None
    )
    return services.mask_pending(municipality=municipality)
