from django.urls import path

from . import views

urlpatterns = [
    path("<slug:slug>/", views.ethnic_group, name="ethnic_group"),
]
