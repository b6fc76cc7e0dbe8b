from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Q
from django.utils import timezone

from samenspraak.responses.models import Response

from .models import Instrument


def instruments_of(municipality):
    return (
        Instrument.objects.filter(municipality=municipality)
        .select_related("traject", "municipality", "current_version", "current_round")
        .annotate(
            complete_count=Count("responses", filter=Q(responses__status=Response.Status.COMPLETE))
        )
    )


def open_instruments_of(municipality):
    """Questionnaires residents can fill in today, for the municipality's public page."""
    today = timezone.localdate()
    return (
        Instrument.objects.filter(municipality=municipality, status=Instrument.Status.GEPUBLICEERD)
        .filter(Q(opens_on__isnull=True) | Q(opens_on__lte=today))
        .filter(Q(closes_on__isnull=True) | Q(closes_on__gte=today))
        .order_by("closes_on", "title")
    )


def intake_cache_key(code: str) -> str:
    return f"intake-instrument:{code}"


def instrument_for_intake(code: str) -> Instrument | None:
    """The instrument with its version and round, for the JSON intake; cached for a few seconds.

    Finding the instrument was a quarter of the intake's CPU time per response. Changes made
    through the services clear the cache at once in this process (and everywhere with a shared
    cache such as Redis); other changes, or other processes with an in-memory cache, are seen
    after at most INTAKE_INSTRUMENT_CACHE_SECONDS.
    """
    seconds = settings.INTAKE_INSTRUMENT_CACHE_SECONDS
    instrument = cache.get(intake_cache_key(code)) if seconds else None
    if instrument is None:
        instrument = (
            Instrument.objects.select_related("current_version", "current_round")
            .filter(public_code=code)
            .first()
        )
        if instrument is not None and seconds:
            cache.set(intake_cache_key(code), instrument, seconds)
    return instrument
