"""The benefits feed, under /rss/ (mounted by the root URLconf)."""

from django.urls import path

from .feeds import LatestBenefitsFeed

app_name = "policies_feeds"
urlpatterns = [
    path("chinh-sach.xml", LatestBenefitsFeed(), name="latest"),
]
