from django.urls import path

from . import staff_views, views

app_name = "journeys"

PUBLIC = "klantreis/<str:code>/"
WS = "werkruimte/<slug:gemeente>/klantreizen/"
ONE = WS + "<int:pk>/"

urlpatterns = [
    path(PUBLIC, views.start, name="start"),
    path(PUBLIC + "stap/<int:number>/", views.phase, name="phase"),
    path(PUBLIC + "controleren/", views.review, name="review"),
    path(PUBLIC + "bedankt/", views.thanks, name="thanks"),
    path(WS, staff_views.journey_list, name="list"),
    path(WS + "nieuw/", staff_views.journey_create, name="create"),
    path(ONE, staff_views.journey_detail, name="detail"),
    path(ONE + "fasen/", staff_views.phases_edit, name="phases"),
    path(ONE + "status/", staff_views.journey_status, name="status"),
    path(ONE + "invoeren/", staff_views.assisted, name="assisted"),
    path(ONE + "reizen.csv", staff_views.export, {"kind": "csv"}, name="export-csv"),
    path(ONE + "reizen.xlsx", staff_views.export, {"kind": "xlsx"}, name="export-xlsx"),
]
