"""RSS 2.0 feeds of the news (Django's syndication framework): the latest published articles,
and those of one category, with absolute links and publish dates."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext_lazy as _

from ubdt_portal.reference.models import SiteSettings

from .models import Article, Category

FEED_ITEMS = 30


class LatestArticlesFeed(Feed):
    feed_type = Rss201rev2Feed
    description = _("The latest news of the ethnic policy portal.")

    def title(self, obj=None):
        name = SiteSettings.load().site_name
        return f"{_('News')} — {name}" if name else str(_("News"))

    def link(self, obj=None):
        return reverse("news:list")

    def feed_url(self, obj=None):
        return reverse("news_feeds:latest")

    def articles(self):
        return Article.objects.for_listing()

    def items(self, obj=None):
        return self.articles()[:FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.author or None

    def item_categories(self, item):
        return [item.category.name]


class CategoryFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Category, slug=slug)

    def title(self, obj=None):
        return f"{obj.name} — {super().title()}"

    def link(self, obj=None):
        return obj.get_absolute_url()

    def feed_url(self, obj=None):
        return reverse("news_feeds:category", kwargs={"slug": obj.slug})

    def items(self, obj=None):
        return self.articles().filter(category=obj)[:FEED_ITEMS]
