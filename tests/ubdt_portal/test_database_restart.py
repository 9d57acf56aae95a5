"""The running app survives a database restart: persistent connections are health-checked.

Runs the production server (gunicorn) against the test database, kills its database
connections as a PostgreSQL restart would, and asks again.
"""

import psycopg
import pytest
from django.db import connection


@pytest.mark.django_db(transaction=True)
def test_app_reconnects_after_its_database_connections_are_killed(production_server):
    server = production_server()
    assert server.get("/healthz")[0] == 200

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
    status, _headers, body = server.get("/healthz")
    assert status == 200
    assert b'"database": "ok"' in body
