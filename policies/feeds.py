"""The RSS 2.0 feed of benefits (ubdt_portal/feeds.py): those newly published or changed first,
for readers who follow what the State gives and on what terms."""

from django.db.models import F
from django.db.models.functions import Greatest
from django.utils.translation import gettext_lazy as _

from ubdt_portal.feeds import PublishableFeed

from .models import Benefit


class LatestBenefitsFeed(PublishableFeed):
    model = Benefit
    name = _("Benefits")
    description = _("Benefits for ethnic minorities, newly published or updated.")
    list_url_name = "policies:list"
    feed_url_name = "policies_feeds:latest"
    # The plain-language summary; who can get it when there is none.
    description_fields = ("summary", "who_in_one_line")
    # A changed amount or condition is news to the reader as much as a new benefit.
    ordering = (Greatest(F("publish_at"), F("updated_at")).desc(), "-pk")
