from django.urls import path

from . import public_views, views

app_name = "qa"
urlpatterns = [
    path("", public_views.question_list, name="list"),
    path("gui-cau-hoi/", views.ask, name="ask"),
    path("gui-cau-hoi/da-gui/", views.thanks, name="thanks"),
    path("tra-cuu/", views.lookup, name="lookup"),
    path("tra-cuu/yeu-cau/", views.asker_request, name="request"),
    path("quyen-rieng-tu/", views.privacy, name="privacy"),
    # Last: any other single segment is a published Q&A's address.
    path("<slug:slug>/", public_views.question_detail, name="detail"),
]
