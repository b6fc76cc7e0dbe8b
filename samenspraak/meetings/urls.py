from django.urls import path

from . import views

app_name = "meetings"

WS = "werkruimte/<slug:gemeente>/gespreksverslagen/"
ONE = WS + "<int:pk>/"

urlpatterns = [
    path(WS, views.session_list, name="list"),
    path(WS + "nieuw/", views.session_create, name="create"),
    path(ONE, views.session_detail, name="detail"),
    path(ONE + "wijzigen/", views.session_edit, name="edit"),
    path(ONE + "verwijderen/", views.session_delete, name="delete"),
    path(ONE + "oogstformulier/", views.harvest_settings, name="harvest-settings"),
    path(ONE + "oogst/<int:item_pk>/wijzigen/", views.item_edit, name="item-edit"),
    path(ONE + "oogst/<int:item_pk>/verwijderen/", views.item_remove, name="item-remove"),
    path(ONE + "oogst/<int:item_pk>/foto.jpg", views.item_photo, name="item-photo"),
    path(ONE + "oogst.csv", views.export, {"kind": "csv"}, name="export-csv"),
    path(ONE + "oogst.xlsx", views.export, {"kind": "xlsx"}, name="export-xlsx"),
]
