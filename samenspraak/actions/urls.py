from django.urls import path

from . import goal_views, views

app_name = "actions"

T = "werkruimte/<slug:gemeente>/trajecten/<int:traject_pk>/acties/"

urlpatterns = [
    path(
        "werkruimte/<slug:gemeente>/trajecten/<int:traject_pk>/doelen/",
        goal_views.goal_tree,
        name="goals",
    ),
    path(T, views.action_list, name="list"),
    path(T + "nieuw/", views.action_edit, name="create"),
    path(T + "<int:pk>/", views.action_detail, name="detail"),
    path(T + "<int:pk>/bewerken/", views.action_edit, name="edit"),
    path(
        T + "<int:pk>/mijlpalen/<int:milestone_pk>/",
        views.milestone_toggle,
        name="milestone-toggle",
    ),
]
