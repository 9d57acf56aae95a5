from django.urls import path

from . import views

app_name = "policies"
urlpatterns = [
    path("", views.benefit_list, name="list"),
    path("danh-cho-toi/", views.finder, name="finder"),
    # A benefit; or, for the addresses of the old policy pages, a 301 to the legal document.
    path("<slug:slug>/", views.BenefitPage.as_view(), name="benefit"),
]
