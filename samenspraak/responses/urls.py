from django.urls import path

from . import api, views

app_name = "responses"

urlpatterns = [
    path("doe-mee/<str:code>/", views.start, name="start"),
    path("doe-mee/<str:code>/vraag/<int:number>/", views.question, name="question"),
    path("doe-mee/<str:code>/controleren/", views.review, name="review"),
    path("doe-mee/<str:code>/bedankt/", views.thanks, name="thanks"),
    path("doe-mee/<str:code>/later-verder/", views.later, name="later"),
    path("doe-mee/<str:code>/verder/<str:token>/", views.resume, name="resume"),
    path("doe-mee/<str:code>/volgende-persoon/", views.kiosk_restart, name="kiosk-restart"),
    path("api/v1/vragenlijsten/<str:code>/antwoorden/", api.submit_response, name="api-submit"),
]
