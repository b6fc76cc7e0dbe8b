from django.urls import path

from . import views

app_name = "regions"

urlpatterns = [
    path("regio/<slug:regio>/", views.region_overview, name="region"),
    path("regio/<slug:regio>/trajecten/<int:pk>/", views.region_traject, name="traject"),
    path("regio/<slug:regio>/leden/", views.region_members, name="members"),
    path(
        "regio/<slug:regio>/leden/<int:pk>/verwijderen/",
        views.region_member_remove,
        name="member-remove",
    ),
    path("regio/<slug:regio>/innovatiespiraal/", views.innovation_list, name="innovations"),
    path(
        "regio/<slug:regio>/innovatiespiraal/nieuw/",
        views.innovation_create,
        name="innovation-create",
    ),
    path(
        "regio/<slug:regio>/innovatiespiraal/<int:pk>/",
        views.innovation_detail,
        name="innovation",
    ),
    path(
        "regio/<slug:regio>/innovatiespiraal/<int:pk>/fasen/<int:phase>/",
        views.innovation_phase,
        name="innovation-phase",
    ),
    path(
        "werkruimte/<slug:gemeente>/trajecten/<int:pk>/delen-met-regio/",
        views.traject_sharing,
        name="traject-sharing",
    ),
]
