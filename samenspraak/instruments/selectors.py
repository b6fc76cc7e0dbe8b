from django.db.models import Count, Q

from samenspraak.responses.models import Response

from .models import Instrument


def instruments_of(municipality):
    return (
        Instrument.objects.filter(municipality=municipality)
        .select_related("traject", "municipality")
        .annotate(
            complete_count=Count("responses", filter=Q(responses__status=Response.Status.COMPLETE))
        )
    )
