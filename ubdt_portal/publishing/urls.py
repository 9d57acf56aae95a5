from django.urls import path

from . import views

app_name = "publishing"
urlpatterns = [
    path("<str:label>/<int:pk>/", views.PreviewView.as_view(), name="preview"),
]
