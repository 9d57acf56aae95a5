"""The news feeds, under /rss/ (mounted by the root URLconf)."""

from django.urls import path

from .feeds import CategoryFeed, LatestArticlesFeed

app_name = "news_feeds"
urlpatterns = [
    path("tin-tuc.xml", LatestArticlesFeed(), name="latest"),
    path("tin-tuc/<slug:slug>.xml", CategoryFeed(), name="category"),
]
