from django.urls import path

from . import paired_views

urlpatterns = [
    path("regio/<slug:regio>/spiegel-paren/", paired_views.paired_list, name="paired"),
    path(
        "regio/<slug:regio>/spiegel-paren/<slug:set_key>/",
        paired_views.paired_detail,
        name="paired-detail",
    ),
    path(
        "regio/<slug:regio>/spiegel-paren/<slug:set_key>/spiegel.<str:kind>",
        paired_views.paired_export,
        name="paired-export",
    ),
]
