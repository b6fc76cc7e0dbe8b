from django.urls import path

from . import views

app_name = "trajects"

urlpatterns = [
    path("werkruimte/<slug:gemeente>/trajecten/", views.traject_list, name="list"),
    path("werkruimte/<slug:gemeente>/trajecten/nieuw/", views.traject_create, name="create"),
    path(
        "werkruimte/<slug:gemeente>/trajecten/werkvormen/",
        views.werkvorm_list,
        name="werkvormen",
    ),
    path(
        "werkruimte/<slug:gemeente>/trajecten/werkvormen/<slug:key>/",
        views.werkvorm_start,
        name="werkvorm-start",
    ),
    path("werkruimte/<slug:gemeente>/trajecten/<int:pk>/", views.traject_detail, name="detail"),
    path(
        "werkruimte/<slug:gemeente>/trajecten/<int:pk>/bewerken/", views.traject_edit, name="edit"
    ),
    path(
        "werkruimte/<slug:gemeente>/trajecten/<int:pk>/nieuwe-meting/",
        views.new_round,
        name="new-round",
    ),
]
