from django.urls import path

from . import views

app_name = "methods"

WS = "werkruimte/<slug:gemeente>/"

urlpatterns = [
    path("methoden/", views.catalogue, name="catalogue"),
    path("methoden/keuzehulp/", views.recommender, name="recommender"),
    path("methoden/<slug:slug>/", views.detail, name="detail"),
    path(WS + "methoden/", views.catalogue, name="workspace-catalogue"),
    path(WS + "methoden/keuzehulp/", views.recommender, name="workspace-recommender"),
    path(WS + "methoden/nieuw/", views.local_method_create, name="local-create"),
    path(WS + "methoden/<slug:slug>/", views.detail, name="workspace-detail"),
    path(WS + "methoden/<slug:slug>/bewerken/", views.local_method_edit, name="local-edit"),
    path(WS + "methoden/<slug:slug>/aan-plan-toevoegen/", views.add_to_plan, name="add-to-plan"),
    path(WS + "trajecten/<int:pk>/plan/aandachtspunten/", views.plan_points, name="plan-points"),
    path(
        WS + "trajecten/<int:pk>/plan/<int:item_pk>/", views.plan_item_edit, name="plan-item-edit"
    ),
    path(
        WS + "trajecten/<int:pk>/plan/<int:item_pk>/verwijderen/",
        views.plan_item_remove,
        name="plan-item-remove",
    ),
    path(WS + "trajecten/<int:pk>/participatieplan.pdf", views.plan_pdf, name="plan-pdf"),
]
