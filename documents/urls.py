from django.urls import path

from ubdt_portal.publishing.views import PublishedDetailView

from . import views
from .models import LegalDocument

app_name = "documents"
urlpatterns = [
    path("", views.document_list, name="list"),
    path("<slug:slug>/", PublishedDetailView.as_view(model=LegalDocument), name="detail"),
]
