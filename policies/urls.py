from django.urls import path

from ubdt_portal.publishing.views import PublishedDetailView

from . import views
from .models import Policy

app_name = "policies"
urlpatterns = [
    path("", views.policy_list, name="list"),
    path("danh-cho-toi/", views.finder, name="finder"),
    path("<slug:slug>/", PublishedDetailView.as_view(model=Policy), name="detail"),
]
