"""A database that stops answering on a connection the app already holds (persistent
connections) gives the 503 page within seconds, and the app recovers once it answers again.

A small TCP proxy sits between gunicorn and the test database; freezing it stops forwarding
bytes both ways while keeping every socket open, as a hung server or a stalled network would.
"""

import select
import socket
import threading
import time

import pytest
from django.db import OperationalError, connection, connections

from tests.ubdt_portal.test_production_server import assert_unavailable_within_seconds
from ubdt_portal import database_deadline

pytestmark = pytest.mark.django_db(transaction=True)


class FreezableProxy:
    def __init__(self, target):
        self.target = target
        self.frozen = threading.Event()
        self.stopped = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.pairs = {}  # socket -> the socket its bytes go to
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        while not self.stopped.is_set():
            readable = [self.listener] if not self.frozen.is_set() else []
            if not self.frozen.is_set():
                readable += list(self.pairs)
            ready, _, _ = select.select(readable, [], [], 0.05)
            for sock in ready:
                if sock is self.listener:
                    client, _address = self.listener.accept()
                    server = socket.create_connection(self.target)
                    self.pairs[client], self.pairs[server] = server, client
                    continue
                if sock not in self.pairs:
                    continue
                try:
                    data = sock.recv(65536)
                except OSError:
                    data = b""
                if data:
                    self.pairs[sock].sendall(data)
                else:
                    other = self.pairs.pop(sock)
                    self.pairs.pop(other, None)
                    sock.close()
                    other.close()
        for sock in [self.listener, *self.pairs]:
            sock.close()

    def stop(self):
        self.stopped.set()
        self.thread.join(timeout=5)


@pytest.fixture
def database_proxy():
    settings = connection.settings_dict
    proxy = FreezableProxy((settings["HOST"] or "127.0.0.1", int(settings["PORT"] or 5432)))
    yield proxy
    proxy.stop()


def test_a_database_that_stops_answering_on_an_open_connection_gives_a_503_within_seconds(
    production_server, database_proxy
):
    settings = connection.settings_dict
    server = production_server(
        DATABASE_URL="postgres://{USER}:{PASSWORD}@127.0.0.1:{port}/{NAME}".format(
            **settings, port=database_proxy.port
        ),
        CONN_MAX_AGE="600",
        WEB_CONCURRENCY="1",
        DATABASE_CONNECT_TIMEOUT="2",
        DATABASE_ANSWER_TIMEOUT="2",
    )
    for _ in range(2):
        assert server.get("/healthz")[0] == 200
        assert server.get("/chinh-sach/")[0] == 200

    database_proxy.frozen.set()
    assert_unavailable_within_seconds(server)

    # The same worker serves again once the database answers: no restart needed.
    database_proxy.frozen.clear()
    assert server.get("/healthz")[0] == 200
    assert server.get("/chinh-sach/")[0] == 200
    assert server.process.poll() is None
    assert "WORKER TIMEOUT" not in server.stop()


def test_a_query_the_database_does_not_answer_fails_in_time_and_drops_its_connection(
    database_proxy, settings
):
    """A database that stops answering in the middle of a request, after the health check."""
    settings.DATABASE_ANSWER_TIMEOUT = 1
    frozen = type(connections["default"])(
        {**connection.settings_dict, "HOST": "127.0.0.1", "PORT": database_proxy.port},
        alias="through_proxy",
    )
    connections["through_proxy"] = frozen  # django.contrib.postgres looks it up on connecting
    database_deadline.add_deadline_to_queries(sender=None, connection=frozen)
    try:
        with frozen.cursor() as cursor:
            cursor.execute("SELECT 1")
            assert cursor.fetchone() == (1,)
        database_proxy.frozen.set()
        # Without a working deadline the query would wait for ever: thaw the proxy after a
        # while so that such a failure shows as a failed test, not a stuck suite.
        watchdog = threading.Timer(15, database_proxy.frozen.clear)
        watchdog.start()
        started = time.monotonic()
        try:
            with pytest.raises(OperationalError), frozen.cursor() as cursor:
                cursor.execute("SELECT 1")
        finally:
            watchdog.cancel()
        assert time.monotonic() - started < 5
        # Abandoned: nothing at the end of the request waits on it again.
        assert frozen.connection is None
        database_proxy.frozen.clear()
        with frozen.cursor() as cursor:
            cursor.execute("SELECT 2")
            assert cursor.fetchone() == (2,)
    finally:
        frozen.close()
        del connections["through_proxy"]
