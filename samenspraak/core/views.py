from django.db import connection
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST


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


LARGE_TEXT_COOKIE = "ss_tekst"


@require_POST
def text_size(request):
    """Larger letters on every page, remembered in a functional cookie; works without JS."""
    target = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = "/"
    response = HttpResponseRedirect(target)
    if request.POST.get("grootte") == "groot":
        response.set_cookie(
            LARGE_TEXT_COOKIE, "groot", max_age=365 * 24 * 3600, samesite="Lax", httponly=True
        )
    else:
        response.delete_cookie(LARGE_TEXT_COOKIE, samesite="Lax")
    return response
