"""RSS 2.0 feeds of published content (Django's syndication framework), written once for every
content type: a domain app subclasses PublishableFeed with declarations (`model`, `name`,
`description`, `list_url_name`, `feed_url_name`, `description_fields`; see policies/feeds.py)
and mounts it.

The feed narrows its items to published() itself, whatever queryset a subclass gives; links are
absolute, dates those of publication, titles and texts in the page's language where translated.
"""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed

from ubdt_portal.reference.models import SiteSettings

# Items per feed: a reader polls often, and the lists have the rest.
FEED_ITEMS = 30


class PublishableFeed(Feed):
    feed_type = Rss201rev2Feed
    model = None
    # The feed's name ("News"), before the site's name in its title.
    name = ""
    description = ""
    # The public list the feed follows, and the feed's own address.
    list_url_name = None
    feed_url_name = None
    # The item's text in the feed: the first of these fields that is not empty.
    description_fields = ()
    # Newest first.
    ordering = ("-publish_at", "-pk")
    item_count = FEED_ITEMS

    def get_queryset(self, obj=None):
        """The items `obj` (what the address names, e.g. a category) concerns, published or
        not: items() keeps the published ones."""
        return self.model._default_manager.all()

    def items(self, obj=None):
        return (
            self.get_queryset(obj)
            .published()
            .without_long_texts()
            .order_by(*self.ordering)[: self.item_count]
        )

    def title(self, obj=None):
        site_name = SiteSettings.load().site_name
        return f"{self.name} — {site_name}" if site_name else str(self.name)

    def link(self, obj=None):
        return reverse(self.list_url_name)

    def feed_url(self, obj=None):
        return reverse(self.feed_url_name)

    def item_title(self, item):
        return getattr(item, item.title_field)

    def item_description(self, item):
        for field in self.description_fields:
            text = getattr(item, field)
            if text:
                return text
        return ""

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return item.updated_at
