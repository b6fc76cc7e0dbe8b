from django.urls import path

from . import views

app_name = "organisations"

urlpatterns = [
    path("werkruimte/", views.workspace_choice, name="workspace-choice"),
    path("werkruimte/<slug:gemeente>/", views.dashboard, name="dashboard"),
    path("werkruimte/<slug:gemeente>/leden/", views.members, name="members"),
    path(
        "werkruimte/<slug:gemeente>/leden/<int:pk>/rol/",
        views.member_change_role,
        name="member-change-role",
    ),
    path(
        "werkruimte/<slug:gemeente>/leden/<int:pk>/verwijderen/",
        views.member_remove,
        name="member-remove",
    ),
    path("werkruimte/<slug:gemeente>/huisstijl/", views.theme, name="theme"),
    path("gemeente/<slug:slug>/", views.municipality_public, name="public"),
    path("gemeente/<slug:slug>/thema.css", views.municipality_theme_css, name="theme-css"),
]
