from django.urls import path

from . import staff_views, views

app_name = "walks"

PUBLIC = "schouw/<str:code>/"
WS = "werkruimte/<slug:gemeente>/schouwen/"
ONE = WS + "<int:pk>/"

urlpatterns = [
    path(PUBLIC, views.public, name="public"),
    path(PUBLIC + "nieuw/", views.add_point, name="add"),
    path(PUBLIC + "punten/<int:point_pk>/steun/", views.support, name="support"),
    path(WS, staff_views.walk_list, name="list"),
    path(WS + "nieuw/", staff_views.walk_create, name="create"),
    path(ONE, staff_views.walk_detail, name="detail"),
    path(ONE + "status/", staff_views.walk_status, name="status"),
    path(ONE + "punten/<int:point_pk>/", staff_views.point_respond, name="respond"),
    path(ONE + "punten.csv", staff_views.export, {"kind": "csv"}, name="export-csv"),
    path(ONE + "punten.xlsx", staff_views.export, {"kind": "xlsx"}, name="export-xlsx"),
]
