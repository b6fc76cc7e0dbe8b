from django.shortcuts import get_object_or_404

from .models import Traject


def trajects_of(municipality):
    return Traject.objects.filter(municipality=municipality).select_related("municipality")


def traject_for(municipality, pk):
    """One of the municipality's trajects, or 404: another tenant's traject does not exist."""
    return get_object_or_404(trajects_of(municipality), pk=pk)
