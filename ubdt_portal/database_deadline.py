"""A deadline on the web process's database round trips.

`connect_timeout` bounds opening a connection and `statement_timeout` asks the server to stop a
long statement, but neither helps when the database stops answering on a connection the worker
already holds (persistent connections): the worker would wait until gunicorn kills it at 30 s.
TCP keepalives do not catch it either while the server's kernel still acknowledges the bytes.

So the web process (see `install`, called from wsgi.py; management commands and tests keep
plain connections) arms a timer around each round trip: every query (an execute wrapper) and
the health check of a reused connection when a request first uses it. When the timer fires, the
query fails with an OperationalError (the 503 page) and the connection is dropped without
another round trip; the next request opens a fresh one. SIGALRM only reaches the main thread,
where gunicorn's sync workers run requests; elsewhere the deadline is skipped. psycopg waits
for the server in short slices, so the signal handler gets to run and raise.
"""

import signal
import threading
from contextlib import contextmanager

import psycopg
from django.conf import settings
from django.core import signals as request_signals
from django.db import DatabaseError, close_old_connections
from django.db.backends.signals import connection_created


class DatabaseDidNotAnswer(psycopg.OperationalError):
    """The database did not answer a round trip in time (Django wraps it as its own
    OperationalError, which the error views turn into the 503 page)."""


@contextmanager
def answer_within(seconds):
    """Raise DatabaseDidNotAnswer in the block if it lasts more than `seconds` (main thread
    only; a no-op without a deadline, elsewhere, or inside another deadline)."""
    if (
        not seconds
        or threading.current_thread() is not threading.main_thread()
        or signal.getitimer(signal.ITIMER_REAL)[0]
    ):
        yield
        return
    armed = True

    def give_up(signum, frame):
        # A late signal, once the block is over, must not fail what already succeeded.
        if armed:
            raise DatabaseDidNotAnswer(f"the database did not answer within {seconds} s")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def query_within_deadline(execute, sql, params, many, context):
    """Execute wrapper: one query, bounded by DATABASE_ANSWER_TIMEOUT."""
    try:
        with answer_within(settings.DATABASE_ANSWER_TIMEOUT):
            return execute(sql, params, many, context)
    except DatabaseError as error:
        if isinstance(error.__cause__, DatabaseDidNotAnswer):
            # The connection is mid-conversation with a server that does not answer: close it
            # (psycopg's close does not wait for the server) so that neither the end-of-request
            # cleanup nor a health check waits on it again.
            context["connection"].close()
        raise


def add_deadline_to_queries(sender, connection, **kwargs):
    """Bound every query of `connection`, and the health check Django runs on it when a request
    first uses it (a raw SELECT 1 that no execute wrapper sees). A health check that times out
    counts as failed: `is_usable()` takes the error as "unusable" and Django closes the
    connection. A SELECT 1 is answered as fast as a connection is opened, hence the connect
    timeout. Requests that never touch the database pay nothing."""
    if query_within_deadline not in connection.execute_wrappers:
        connection.execute_wrappers.append(query_within_deadline)
    check = connection.close_if_health_check_failed
    if not getattr(check, "within_deadline", False):

        def close_if_health_check_failed():
            with answer_within(settings.DATABASE_CONNECT_TIMEOUT):
                check()

        close_if_health_check_failed.within_deadline = True
        connection.close_if_health_check_failed = close_if_health_check_failed


def close_old_connections_within_deadline(**kwargs):
    """Django's request start and end cleanup, which asks a connection that had errors whether
    it still works, bounded like a health check."""
    with answer_within(settings.DATABASE_CONNECT_TIMEOUT):
        close_old_connections()


def install():
    """Bound the database round trips of this (web) process."""
    connection_created.connect(add_deadline_to_queries, dispatch_uid="database_deadline")
    for signal_ in (request_signals.request_started, request_signals.request_finished):
        signal_.disconnect(close_old_connections)
        signal_.connect(close_old_connections_within_deadline, dispatch_uid="database_deadline")
