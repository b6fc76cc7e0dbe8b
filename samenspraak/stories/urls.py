from django.urls import path

from . import staff_views, views

app_name = "stories"

PUBLIC = "vertel/<str:code>/"
WS = "werkruimte/<slug:gemeente>/vertelpunten/"
ONE = WS + "<int:pk>/"

urlpatterns = [
    path(PUBLIC, views.start, name="start"),
    path(PUBLIC + "verhaal/", views.story, name="story"),
    path(PUBLIC + "vragen/", views.questions, name="questions"),
    path(PUBLIC + "controleren/", views.review, name="review"),
    path(PUBLIC + "bedankt/", views.thanks, name="thanks"),
    path(WS, staff_views.point_list, name="list"),
    path(WS + "nieuw/", staff_views.point_create, name="create"),
    path(ONE, staff_views.point_detail, name="detail"),
    path(ONE + "status/", staff_views.point_status, name="status"),
    path(ONE + "verhalen/<int:story_pk>/", staff_views.moderate, name="moderate"),
    path(ONE + "verhalen.csv", staff_views.export, {"kind": "csv"}, name="export-csv"),
    path(ONE + "verhalen.xlsx", staff_views.export, {"kind": "xlsx"}, name="export-xlsx"),
]
