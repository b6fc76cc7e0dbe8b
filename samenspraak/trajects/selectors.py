from .models import Traject


def trajects_of(municipality):
    return Traject.objects.filter(municipality=municipality).select_related("municipality")
