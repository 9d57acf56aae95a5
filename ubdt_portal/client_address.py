"""The network address of the client behind a request, for anything that counts per client
(login throttling, rate limits).

Only our own reverse proxies are believed. Each of them appends the address it received the
request from to X-Forwarded-For, so with PROXY_COUNT proxies in front of the app the client is
the PROXY_COUNT-th entry from the right; everything further left was written by the client and
can say anything. The app must then be reachable only through those proxies.
"""

import ipaddress

from django.conf import settings


def client_address(request):
    """The client's IP address as a string (None only if the server gave no peer address)."""
    peer = request.META.get("REMOTE_ADDR") or None
    proxies = settings.PROXY_COUNT
    if proxies <= 0:
        return peer
    header = request.META.get("HTTP_X_FORWARDED_FOR", "")
    entries = [entry.strip() for entry in header.split(",")] if header.strip() else []
    if len(entries) < proxies:
        # Fewer entries than proxies: the request did not pass through all of them (or one set
        # no header), so the address that connected to us is the client.
        return peer
    try:
        return str(ipaddress.ip_address(entries[-proxies]))
    except ValueError:
        return peer
