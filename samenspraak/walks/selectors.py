from django.db.models import Count

from .models import Walk


def walks_of(municipality):
    return (
        Walk.objects.filter(municipality=municipality)
        .select_related("traject", "municipality")
        .annotate(point_count=Count("points"))
    )


def open_walks_of(municipality):
    return Walk.objects.filter(municipality=municipality, status=Walk.Status.OPEN).order_by("title")
