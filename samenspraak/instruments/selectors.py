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
