"""The running app survives a database restart: persistent connections are health-checked.

Runs the production server (gunicorn) against the test database, kills its database
connections as a PostgreSQL restart would, and asks again.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request

import psycopg
import pytest
from django.db import connection

from tests.conftest import ROOT


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.read()


@pytest.fixture
def app_server():
    settings = connection.settings_dict
    port = free_port()
    database_url = "postgres://{USER}:{PASSWORD}@{HOST}:{PORT}/{NAME}".format(
        **{**settings, "HOST": settings["HOST"] or "127.0.0.1", "PORT": settings["PORT"] or 5432}
    )
    env = {**os.environ, "DATABASE_URL": database_url, "ALLOWED_HOSTS": "127.0.0.1"}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "ubdt_portal.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            "1",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            get(url + "/healthz")
            break
        except OSError:
            time.sleep(0.1)
    yield url
    server.terminate()
    server.wait(timeout=10)


@pytest.mark.django_db(transaction=True)
def test_app_reconnects_after_its_database_connections_are_killed(app_server):
    assert get(app_server + "/healthz")[0] == 200

    # Spare this test's own connection: the test framework cleans up through it afterwards.
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        own_pid = cursor.fetchone()[0]
    params = connection.get_connection_params()
    for key in ("cursor_factory", "context", "prepare_threshold"):
        params.pop(key, None)
    with psycopg.connect(**params, autocommit=True) as admin:
        killed = admin.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid NOT IN (pg_backend_pid(), %s)",
            [own_pid],
        ).fetchone()[0]
    # The app kept its connection open between requests (persistent connections) ...
    assert killed >= 1
    # ... and notices it is gone instead of failing the next request.
    status, body = get(app_server + "/healthz")
    assert status == 200
    assert b'"database": "ok"' in body
