from django.urls import path

from . import staff_views, views

app_name = "core"

urlpatterns = [
    path("", views.home, name="home"),
    path("toegankelijkheid/", views.accessibility, name="accessibility"),
    path("privacy/", views.privacy, name="privacy"),
    path("gezondheid/", views.health, name="health"),
    path("tekstgrootte/", views.text_size, name="text-size"),
    path(
        "werkruimte/<slug:gemeente>/achtergrondtaken/",
        staff_views.background_tasks,
        name="background-tasks",
    ),
    path(
        "werkruimte/<slug:gemeente>/achtergrondtaken/<int:pk>/opnieuw/",
        staff_views.background_task_retry,
        name="background-task-retry",
    ),
]
