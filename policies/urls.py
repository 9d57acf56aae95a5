from django.urls import path

from ubdt_portal.publishing.views import PublishedDetailView

from . import views
from .models import Benefit, Policy

app_name = "policies"
urlpatterns = [
    # Temporary address while benefits replace the old policy pages (issue 8).
    path("che-do/<slug:slug>/", PublishedDetailView.as_view(model=Benefit), name="benefit"),
    path("", views.policy_list, name="list"),
    path("danh-cho-toi/", views.finder, name="finder"),
    path("<slug:slug>/", PublishedDetailView.as_view(model=Policy), name="detail"),
]
