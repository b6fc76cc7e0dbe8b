from django.urls import path

from . import feeds, staff_views, views

app_name = "feedback"

PUBLIC = "gemeente/<slug:slug>/terugkoppeling/"
ONE = PUBLIC + "<int:traject_pk>/"
REGION = "terugkoppeling/regio/<slug:slug>/"
STAFF = "werkruimte/<slug:gemeente>/trajecten/<int:traject_pk>/terugkoppeling/"

urlpatterns = [
    path(PUBLIC, views.overview, name="overview"),
    path(PUBLIC + "nieuws.rss", feeds.MunicipalityFeed(), name="municipality-rss"),
    path(PUBLIC + "nieuws.atom", feeds.MunicipalityAtomFeed(), name="municipality-atom"),
    path(ONE, views.page, name="page"),
    path(ONE + "versie/<int:version>/", views.page, name="version"),
    path(ONE + "versie/<int:version>/afdrukken.pdf", views.pdf, name="pdf"),
    path(ONE + "bevindingen/<int:finding_pk>/herkenning/", views.recognise, name="recognise"),
    path(ONE + "op-de-hoogte-blijven/", views.subscribe, name="subscribe"),
    path(ONE + "qr-code.svg", views.qr_code, name="qr"),
    path(ONE + "nieuws.rss", feeds.TrajectFeed(), name="traject-rss"),
    path(ONE + "nieuws.atom", feeds.TrajectAtomFeed(), name="traject-atom"),
    path(REGION, views.region_overview, name="region"),
    path(REGION + "nieuws.rss", feeds.RegionFeed(), name="region-rss"),
    path(REGION + "nieuws.atom", feeds.RegionAtomFeed(), name="region-atom"),
    path(
        "terugkoppeling/aanmelden/<str:kind>/<str:code>/",
        views.subscribe_from,
        name="subscribe-from",
    ),
    path("terugkoppeling/bevestigen/<str:token>/", views.confirm, name="confirm"),
    path("terugkoppeling/afmelden/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path(STAFF, staff_views.manage, name="manage"),
    path(STAFF + "voorbeeld/", staff_views.preview, name="preview"),
    path(STAFF + "publiceren/", staff_views.publish, name="publish"),
]
