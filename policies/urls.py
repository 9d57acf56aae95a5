from django.urls import path

from . import views

app_name = "policies"
urlpatterns = [
    path("", views.policy_list, name="list"),
    path("danh-cho-toi/", views.finder, name="finder"),
    path("xem-truoc/<int:pk>/", views.policy_preview, name="preview"),
    path("<slug:slug>/", views.policy_detail, name="detail"),
]
