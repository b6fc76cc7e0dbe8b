from django.urls import path

from . import staff_views, views

app_name = "diaries"

WS = "werkruimte/<slug:gemeente>/dagboeken/"
ONE = WS + "<int:pk>/"

urlpatterns = [
    path("dagboek/<str:token>/", views.diary, name="diary"),
    path(WS, staff_views.diary_list, name="list"),
    path(WS + "nieuw/", staff_views.diary_create, name="create"),
    path(ONE, staff_views.diary_detail, name="detail"),
    path(ONE + "status/", staff_views.diary_status, name="status"),
    path(ONE + "deelnemers/", staff_views.participant_add, name="participant-add"),
    path(ONE + "stukjes.csv", staff_views.export, {"kind": "csv"}, name="export-csv"),
    path(ONE + "stukjes.xlsx", staff_views.export, {"kind": "xlsx"}, name="export-xlsx"),
]
