from django.urls import path

from . import views

urlpatterns = [
    path("", views.communes, name="communes"),
    path("<slug:province>/", views.communes_of_province, name="communes_of_province"),
    path("<slug:province>/<slug:commune>/", views.commune, name="commune"),
]
