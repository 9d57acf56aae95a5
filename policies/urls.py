from django.urls import path

from . import views

app_name = "policies"
urlpatterns = [
    path("", views.policy_list, name="list"),
    path("danh-cho-toi/", views.finder, name="finder"),
]
