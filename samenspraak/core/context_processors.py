from django.conf import settings

from samenspraak.organisations.scoping import municipalities_for


def site(request):
    municipality = getattr(request, "municipality", None)
    user = getattr(request, "user", None)
    return {
        "current_municipality": municipality,
        "current_membership": getattr(request, "membership", None),
        "public_municipality": None,
        "my_municipalities": (
            municipalities_for(user) if user is not None and user.is_authenticated else []
        ),
        "debug": settings.DEBUG,
        "large_text": request.COOKIES.get("ss_tekst") == "groot",
    }
