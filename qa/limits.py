"""Per-client counters in Django's cache, for the question form and the tracking-code lookup.
The client is the address ubdt_portal.client_address believes; it is kept only as a hash in a
cache key that expires with its window."""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache

from ubdt_portal.client_address import client_address


def _key(request, scope, window):
    address = client_address(request) or "unknown"
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]
    return f"qa-limit:{scope}:{digest}:{int(time.time() // window)}"


def count(request, scope, window):
    return cache.get(_key(request, scope, window), 0)


def add(request, scope, window):
    """Count one more for this client in this window; returns the new count."""
    key = _key(request, scope, window)
    cache.add(key, 0, window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        return 1


def ask_allowed(request):
    return count(request, "ask", settings.QA_ASK_WINDOW) < settings.QA_ASK_LIMIT


def record_ask(request):
    add(request, "ask", settings.QA_ASK_WINDOW)


def lookup_allowed(request):
    return count(request, "lookup", settings.QA_LOOKUP_WINDOW) < settings.QA_LOOKUP_FAILURE_LIMIT


def record_wrong_code(request):
    add(request, "lookup", settings.QA_LOOKUP_WINDOW)
