from django.urls import path

from . import views

app_name = "mystery"

WS = "werkruimte/<slug:gemeente>/"
ONE = WS + "mystery-guest/<int:pk>/"

urlpatterns = [
    path(WS + "mystery-guest/", views.round_list, name="list"),
    path(WS + "mystery-guest/nieuw/", views.round_create, name="create"),
    path(ONE, views.round_detail, name="detail"),
    path(ONE + "status/", views.round_status, name="status"),
    path(ONE + "bezoeken.csv", views.export, {"kind": "csv"}, name="export-csv"),
    path(ONE + "bezoeken.xlsx", views.export, {"kind": "xlsx"}, name="export-xlsx"),
    path(WS + "mijn-bezoeken/", views.my_visits, name="my-visits"),
    path(WS + "mijn-bezoeken/<int:assignment_pk>/", views.visit_report, name="visit"),
]
