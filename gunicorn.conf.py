"""gunicorn settings for the portal, read from the working directory (`./portal serve` and
production alike): `gunicorn ubdt_portal.wsgi`. Environment variables override them, e.g.
WEB_CONCURRENCY for the number of workers or GUNICORN_CMD_ARGS for anything else."""

import multiprocessing
import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", min(2 * multiprocessing.cpu_count() + 1, 8)))
# A worker stuck longer than this is replaced; the database timeouts (settings.py) answer well
# before it. Keep the default sync workers: the deadline on database answers
# (ubdt_portal/database_deadline.py) works in a worker's main thread only.
timeout = 30
graceful_timeout = 20
# gunicorn answers an overlong request line with an English page of its own; let the portal
# answer instead (its Vietnamese 414 page, settings.MAX_URL_LENGTH). The reverse proxy in front
# bounds request lines in production (nginx: large_client_header_buffers).
limit_request_line = 0
# One line per request on stdout, in the usual combined format.
accesslog = "-"
errorlog = "-"
proc_name = "ubdt_portal"
# One control socket path is shared by every gunicorn of this user; the portal needs none.
control_socket_disable = True
