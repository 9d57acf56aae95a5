from django.urls import path

from . import public_views, views

app_name = "qa"
urlpatterns = [
    path("", public_views.question_list, name="list"),
    path("gui-cau-hoi/", views.ask, name="ask"),
    # Last: any other single segment is a published Q&A's address.
    path("<slug:slug>/", public_views.question_detail, name="detail"),
]
