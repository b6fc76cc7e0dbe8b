from django.urls import path

from . import journey_views

urlpatterns = [
    path(
        "regio/<slug:regio>/klantreizen/",
        journey_views.journey_compare_page,
        name="journey-compare",
    ),
    path(
        "regio/<slug:regio>/klantreizen/vergelijking.<str:kind>",
        journey_views.journey_compare_export,
        name="journey-compare-export",
    ),
]
