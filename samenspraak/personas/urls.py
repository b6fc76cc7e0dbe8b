from django.urls import path

from . import views

app_name = "personas"

urlpatterns = [
    path("regio/<slug:regio>/personas/", views.persona_list, name="list"),
    path("regio/<slug:regio>/personas/nieuw/", views.persona_create, name="create"),
    path("regio/<slug:regio>/personas/<int:pk>/", views.persona_detail, name="detail"),
    path("regio/<slug:regio>/personas/<int:pk>/bewerken/", views.persona_edit, name="edit"),
    path("regio/<slug:regio>/personas/<int:pk>/route/", views.persona_route, name="route"),
    path("regio/<slug:regio>/personas/<int:pk>/kaart.pdf", views.persona_card, name="card"),
]
