from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language
from django.views.static import serve

urlpatterns = [
    path("", include("samenspraak.core.urls")),
    path("", include("samenspraak.accounts.urls")),
    path("", include("samenspraak.organisations.urls")),
    path("", include("samenspraak.methods.urls")),
    path("", include("samenspraak.trajects.urls")),
    path("", include("samenspraak.instruments.urls")),
    path("", include("samenspraak.responses.urls")),
    path("", include("samenspraak.meetings.urls")),
    path("", include("samenspraak.stories.urls")),
    path("", include("samenspraak.journeys.urls")),
    path("", include("samenspraak.walks.urls")),
    path("", include("samenspraak.mystery.urls")),
    path("", include("samenspraak.diaries.urls")),
    path("", include("samenspraak.insights.urls")),
    path("", include("samenspraak.actions.urls")),
    path("", include("samenspraak.feedback.urls")),
    path("", include("samenspraak.regions.urls")),
    path("", include("samenspraak.personas.urls")),
    path("taal/", set_language, name="set_language"),
    path("django-admin/", admin.site.urls),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    urlpatterns += [
        path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT}, name="media")
    ]

handler403 = "samenspraak.core.views.permission_denied"
handler404 = "samenspraak.core.views.page_not_found"
handler500 = "samenspraak.core.views.server_error"
