"""The client's address is what our own proxies saw, never what the client claims."""

import pytest
from django.test import RequestFactory

from ubdt_portal.client_address import client_address


def request(remote_addr="10.0.0.1", forwarded=None):
    meta = {"REMOTE_ADDR": remote_addr}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **meta)


@pytest.mark.parametrize(
    ("proxy_count", "remote_addr", "forwarded", "client"),
    [
        # No proxy: the socket's peer, whatever the header says.
        (0, "198.51.100.9", None, "198.51.100.9"),
        (0, "198.51.100.9", "203.0.113.7", "198.51.100.9"),
        # One proxy: the right-most entry, the one our proxy appended.
        (1, "10.0.0.1", "198.51.100.9", "198.51.100.9"),
        (1, "10.0.0.1", "203.0.113.7, 198.51.100.9", "198.51.100.9"),
        (1, "10.0.0.1", " 203.0.113.7 ,198.51.100.9 ", "198.51.100.9"),
        (1, "10.0.0.1", "2001:db8::1", "2001:db8::1"),
        # Two proxies: the second from the right.
        (2, "10.0.0.1", "203.0.113.7, 198.51.100.9, 10.0.0.2", "198.51.100.9"),
        # Fewer entries than proxies, or none: the socket's peer, never "no address".
        (1, "198.51.100.9", None, "198.51.100.9"),
        (1, "198.51.100.9", "", "198.51.100.9"),
        (2, "198.51.100.9", "203.0.113.7", "198.51.100.9"),
        # Junk where our proxy's entry should be: the socket's peer.
        (1, "10.0.0.1", "203.0.113.7, not-an-address", "10.0.0.1"),
    ],
)
def test_the_client_is_the_address_our_outermost_proxy_saw(
    settings, proxy_count, remote_addr, forwarded, client
):
    settings.PROXY_COUNT = proxy_count
    assert client_address(request(remote_addr, forwarded)) == client
