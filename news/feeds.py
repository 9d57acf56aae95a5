"""RSS 2.0 feeds of the news (ubdt_portal/feeds.py): the latest published articles, and those
of one category."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ubdt_portal.feeds import PublishableFeed

from .models import Article, Category


class LatestArticlesFeed(PublishableFeed):
    model = Article
    name = _("News")
    description = _("The latest news of the ethnic policy portal.")
    list_url_name = "news:list"
    feed_url_name = "news_feeds:latest"
    description_fields = ("lead",)

    def get_queryset(self, obj=None):
        return Article.objects.select_related("category")

    def item_author_name(self, item):
        return item.author or None

    def item_categories(self, item):
        return [item.category.name]


class CategoryFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Category, slug=slug)

    def get_queryset(self, obj=None):
        return super().get_queryset().filter(category=obj)

    def title(self, obj=None):
        return f"{obj.name} — {super().title()}"

    def link(self, obj=None):
        return obj.get_absolute_url()

    def feed_url(self, obj=None):
        return reverse("news_feeds:category", kwargs={"slug": obj.slug})
