"""The stored in-force statuses of documents and `applies_now` of benefits follow the passing of
time: a date passes (effective, expiry, start, end), or a scheduled document becomes public.
Saves refresh what they change (signals in the models); this refreshes everything when time
may have changed something: daily from cron (`manage.py refresh_statuses`) and, in case cron
did not run or a scheduled document went public meanwhile, lazily when documents or benefits
are first read after such a moment."""

from datetime import datetime, time, timedelta

from django.db import connection
from django.db.models import Min
from django.utils import timezone

from documents.models import LegalDocument
from ubdt_portal.publishing.models import Status

from .models import Benefit

# How often a process looks again for documents scheduled by another process (one query).
RECHECK = timedelta(minutes=1)


def refresh_statuses(today=None):
    """Derive every stored status again; returns how many documents and benefits changed.
    Documents first: a benefit's value reads its documents' stored statuses."""
    documents = LegalDocument.objects.refresh_legal_status(today)
    benefits = Benefit.objects.refresh_applies_now(today)
    return len(documents), len(benefits)


def next_change_after(moment):
    """The first moment after `moment` at which a stored status may change by itself: the
    next local midnight (dates are compared with today), or a scheduled document going public
    before it."""
    local = timezone.localtime(moment)
    midnight = timezone.make_aware(datetime.combine(local.date() + timedelta(days=1), time()))
    scheduled = LegalDocument.objects.filter(
        status=Status.PUBLISHED, publish_at__gt=moment
    ).aggregate(first=Min("publish_at"))["first"]
    return min(midnight, scheduled) if scheduled else midnight


class Freshness:
    """Per process: when the statuses were last derived here, and until when they hold."""

    # Tests turn it off: saves keep the statuses current there, and the first request of a
    # run would otherwise count the refresh's queries.
    enabled = True
    running = False
    refreshed_at = None
    valid_until = None
    checked_at = None

    @classmethod
    def ensure(cls, now=None):
        """Refresh when a moment of change has passed since the last refresh here; returns
        whether it refreshed. Costs nothing most of the time, one query a minute."""
        now = now or timezone.now()
        if cls.refreshed_at is not None:
            if now < cls.valid_until and now < cls.checked_at + RECHECK:
                return False
            # Another process may have scheduled a document since.
            cls.valid_until = next_change_after(cls.refreshed_at)
        refresh = cls.refreshed_at is None or now >= cls.valid_until
        if refresh:
            refresh_statuses()
            cls.refreshed_at = now
            cls.valid_until = next_change_after(now)
        cls.checked_at = now
        return refresh

    @classmethod
    def forget(cls):
        cls.refreshed_at = cls.valid_until = cls.checked_at = None


def keep_statuses_current(**kwargs):
    """Receiver of documents.models.statuses_read (connected in apps.py): before a page reads
    documents or benefits, not on every request (the health check must not wait on it), and
    not inside a transaction, which could be rolled back after the refresh."""
    if Freshness.enabled and not Freshness.running and not connection.in_atomic_block:
        Freshness.running = True
        try:
            Freshness.ensure()
        finally:
            Freshness.running = False
