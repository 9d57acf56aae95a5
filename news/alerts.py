"""The alerts a page shows, from one cached list: every published alert that has not expired,
with the ids and names of its provinces. Each page filters that list by the time and the
provinces it is about, so an alert appears and expires on time without a query; publishing,
changing, withdrawing or deleting one clears the cache at once, and nothing stays longer than
CACHE_SECONDS in any process's cache."""

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from .models import Alert, AlertLevel

CACHE_KEY = "news:alerts"
CACHE_SECONDS = 60
LEVEL_ORDER = {AlertLevel.DANGER: 0, AlertLevel.WARNING: 1, AlertLevel.INFO: 2}


def live_alerts():
    """The published, unexpired alerts (some may start later), each with `province_ids` and
    `province_names`; cached."""
    alerts = cache.get(CACHE_KEY)
    if alerts is None:
        alerts = list(
            Alert.objects.not_expired().select_related("link").prefetch_related("provinces")
        )
        for alert in alerts:
            provinces = list(alert.provinces.all())
            alert.province_ids = frozenset(p.pk for p in provinces)
            alert.province_names = [p.name for p in provinces]
            # What is cached is the alert and these lists, not the prefetch machinery.
            alert._prefetched_objects_cache = {}
            if alert.link is not None and not alert.link.is_public:
                alert.link = None
        cache.set(CACHE_KEY, alerts, CACHE_SECONDS)
    return alerts


def alerts_for_page(request, provinces, everything):
    """The alerts valid now for a page: national ones everywhere, regional ones on the pages of
    their provinces, all of them on the home page; most severe first."""
    now = timezone.now()
    shown = [
        alert
        for alert in live_alerts()
        if alert.is_valid_at(now)
        and (everything or not alert.province_ids or alert.province_ids & provinces)
    ]
    return sorted(shown, key=lambda alert: (LEVEL_ORDER[alert.level], -alert.starts_at.timestamp()))


def forget(**kwargs):
    """Clear the cached list once the change is committed (and now, for this transaction)."""
    cache.delete(CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(CACHE_KEY))
