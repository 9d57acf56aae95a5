from django.urls import path

from ubdt_portal.publishing.views import PublishedDetailView

from . import views
from .models import Article

app_name = "news"
urlpatterns = [
    path("", views.article_list, name="list"),
    path("<slug:slug>/", PublishedDetailView.as_view(model=Article), name="detail"),
]
