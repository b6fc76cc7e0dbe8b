from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache


def home(request):
    return render(request, "core/home.html")


def _language_template(name: str) -> list[str]:
    """Long prose pages exist per language; Dutch is the fallback."""
    return [f"core/{name}.{get_language()}.html", f"core/{name}.nl.html"]


def accessibility(request):
    return render(request, _language_template("toegankelijkheid"))


def privacy(request):
    return render(request, _language_template("privacy"))


@never_cache
def health(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        database = "ok"
    except Exception:  # any database failure means "not healthy"; the reason is in the logs
        database = "error"
    status = 200 if database == "ok" else 503
    return JsonResponse(
        {"status": "ok" if status == 200 else "error", "database": database}, status=status
    )


def rate_limited(request, exception=None):
    return render(request, "core/rate_limited.html", status=429)


def page_not_found(request, exception=None):
    return render(request, "core/404.html", status=404)


def permission_denied(request, exception=None):
    return render(request, "core/403.html", status=403)


def server_error(request):
    return render(request, "core/500.html", status=500)
