"""Shared fixtures: a real headless Chromium (Debian's), axe-core and the Nu HTML Checker."""

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from unittest import mock
from urllib.parse import urlsplit

import pytest

# Playwright's sync API runs an event loop in the main thread; the ORM calls that tests make
# between browser steps are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parent.parent
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # Passwords are hashed on purpose slowly in production; tests only need them to work.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def statuses_kept_by_saves(monkeypatch):
    """Saves keep the stored statuses current (tests/policies/test_stored_status.py tests the
    refresh when time passes); no refresh on a request adds queries to the one counted."""
    from policies.statuses import Freshness

    monkeypatch.setattr(Freshness, "enabled", False)


@pytest.fixture(autouse=True)
def vietnamese_first():
    """Each test starts in Vietnamese, as a request without a language prefix does; the test
    client leaves the last request's language active otherwise."""
    from django.utils import translation

    translation.activate("vi")
    yield
    translation.activate("vi")


@pytest.fixture(autouse=True)
def migrated_data(request):
    """Tests that commit (browser and server tests) empty the database afterwards; give each of
    them the data that migrations put in every real database: reference data (with life
    situations) and roles."""
    if not {"transactional_db", "live_server"} & set(request.fixturenames):
        marker = request.node.get_closest_marker("django_db")
        if not (marker and marker.kwargs.get("transaction")):
            return
    request.getfixturevalue("transactional_db")
    from django.apps import apps
    from django.core.cache import cache

    from accounts.roles import sync_roles
    from ubdt_portal.reference import life_situations
    from ubdt_portal.reference.initial_data import load

    load(apps, None)
    life_situations.load(apps, None)
    sync_roles(apps)
    cache.clear()


@pytest.fixture
def staff(db):
    """A staff account holding one role (`staff(roles.EDITOR)`)."""
    from django.contrib.auth.models import Group

    from accounts.models import User

    def make(role):
        user = User.objects.create_user(
            email=f"{abs(hash(role)) % 10**8}@example.test",
            password="a-long-enough-password-1",
            is_staff=True,
        )
        user.groups.add(Group.objects.get(name=role))
        return user

    return make


@pytest.fixture
def editor(staff):
    from accounts import roles

    return staff(roles.EDITOR)


@pytest.fixture
def chief(staff):
    from accounts import roles

    return staff(roles.EDITOR_IN_CHIEF)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()
        # Playwright's dispatcher gives Django's connection handler a context of its own; close
        # what was opened in it so the test database can be dropped.
        from django.db import connections

        connections.close_all()


class PageWatch:
    """Records what a page did that a person would suffer from: console errors, uncaught
    exceptions, and any request to a host other than the portal's."""

    def __init__(self, page, base_url):
        self.page = page
        self.base_url = base_url
        self.console_errors = []
        self.foreign_requests = []
        own_host = urlsplit(base_url).netloc
        self.error_document = None

        def check_console(message):
            if message.type != "error":
                return
            # A page served on purpose with an error status (the 404 page) is no error of its own.
            # Failed loads are recorded with their address by check_response below.
            if message.text.startswith("Failed to load resource"):
                return
            self.console_errors.append(message.text)

        page.on("console", check_console)
        page.on("pageerror", lambda error: self.console_errors.append(str(error)))

        def check_request(request):
            parts = urlsplit(request.url)
            if parts.scheme in ("http", "https") and parts.netloc != own_host:
                self.foreign_requests.append(request.url)

        page.on("request", check_request)

        def check_response(response):
            if response.status >= 400 and response.url != self.error_document:
                self.console_errors.append(f"{response.status} {response.url}")

        page.on("response", check_response)

    def goto(self, path, status=200):
        self.error_document = self.base_url + path if status >= 400 else None
        response = self.page.goto(self.base_url + path)
        assert response.status == status
        return response

    def assert_clean(self):
        assert self.console_errors == []
        assert self.foreign_requests == []

    def axe_violations(self):
        self.page.evaluate(AXE_JS.read_text(encoding="utf-8"))
        results = self.page.evaluate(
            "async () => await axe.run(document, {runOnly: {type: 'tag', values: "
            "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
        )
        return [
            {
                "id": violation["id"],
                "help": violation["help"],
                "targets": [node["target"] for node in violation["nodes"]][:5],
            }
            for violation in results["violations"]
        ]

    def axe_violations_on(self, pages):
        """{name: violations} for each page of `pages` ({name: path}) where axe-core finds any."""
        found = {}
        for name, path in pages.items():
            self.goto(path)
            if violations := self.axe_violations():
                found[name] = violations
        return found


class LiveServer:
    """Django's live server thread, serving static files the way production does: the hashed
    names that collectstatic wrote (pytest-django's looks them up unhashed and finds nothing)."""

    def __init__(self):
        from django.test import testcases
        from django.test.testcases import LiveServerThread, _StaticFilesHandler
        from django.test.utils import modify_settings

        self.thread = LiveServerThread("localhost", _StaticFilesHandler, connections_override={})
        self.thread.daemon = True
        # Django's live server would hand out everything under MEDIA_ROOT to anyone; uploads go
        # through the portal's own view instead, which checks that their content is public.
        with mock.patch.object(testcases, "_MediaFilesHandler", lambda application: application):
            self.thread.start()
            self.thread.is_ready.wait()
        if self.thread.error:
            raise self.thread.error
        self.url = f"http://localhost:{self.thread.port}"
        # pytest-django enables this around each test that uses the live server.
        self._live_server_modified_settings = modify_settings(ALLOWED_HOSTS={"append": "localhost"})

    def stop(self):
        self.thread.terminate()


@pytest.fixture(scope="session")
def live_server(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        server = LiveServer()
    yield server
    server.stop()


@pytest.fixture
def portal(browser, live_server):
    """A fresh browser tab on the live portal, JavaScript on (as most browsers have it)."""
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    watch = PageWatch(page, live_server.url)
    yield watch
    context.close()


@pytest.fixture
def portal_no_js(browser, live_server):
    context = browser.new_context(locale="vi-VN", java_script_enabled=False)
    page = context.new_page()
    watch = PageWatch(page, live_server.url)
    yield watch
    context.close()


def html_errors(documents):
    """Validate HTML documents with the Nu HTML Checker; returns {name: [error messages]}."""
    with tempfile.TemporaryDirectory() as folder:
        paths = {}
        for name, html in documents.items():
            path = Path(folder) / f"{len(paths):03d}.html"
            path.write_text(html, encoding="utf-8")
            paths[str(path)] = name
        completed = subprocess.run(
            ["java", "-jar", str(VNU_JAR), "--format", "json", "--errors-only", *paths],
            capture_output=True,
            text=True,
            timeout=300,
        )
        report = json.loads(completed.stderr or '{"messages": []}')
    errors = {name: [] for name in documents}
    for message in report["messages"]:
        name = paths.get(urlsplit(message.get("url", "")).path, "?")
        errors[name].append(f"{message.get('lastLine')}: {message['message']}")
    return {name: found for name, found in errors.items() if found}


class ProductionServer:
    """The portal under gunicorn with production settings (DEBUG off, the project's
    gunicorn.conf.py), as `./portal serve` and a real deployment run it."""

    def __init__(self, port, process):
        self.url = f"http://127.0.0.1:{port}"
        self.process = process

    def get(self, path, headers=None, timeout=20):
        """(status, headers, body) of a GET, error statuses included."""
        request = urllib.request.Request(self.url + path, headers=headers or {})
        opener = urllib.request.build_opener(NoRedirect)
        try:
            with opener.open(request, timeout=timeout) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()

    def raw(self, request_bytes, timeout=20):
        """Send bytes as they are (for requests urllib refuses to make) and read the answer."""
        host, port = self.url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=timeout) as sock:
            sock.sendall(request_bytes)
            chunks = []
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        return b"".join(chunks)

    def stop(self):
        """Stop the server; returns what it wrote to stderr and stdout."""
        self.process.terminate()
        out, _ = self.process.communicate(timeout=20)
        return out


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def production_server():
    """Start gunicorn on a free port with the test database (or the `DATABASE_URL` given);
    extra environment variables override settings. Stops every server it started."""
    from django.db import connection

    started = []

    def start(wait_for="/healthz", **environment):
        settings = connection.settings_dict
        database_url = "postgres://{USER}:{PASSWORD}@{HOST}:{PORT}/{NAME}".format(
            **{
                **settings,
                "HOST": settings["HOST"] or "127.0.0.1",
                "PORT": settings["PORT"] or 5432,
            }
        )
        port = free_port()
        env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "ALLOWED_HOSTS": "127.0.0.1",
            "DEBUG": "false",
            "BIND": f"127.0.0.1:{port}",
            "WEB_CONCURRENCY": "1",
            **environment,
        }
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "ubdt_portal.wsgi"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        server = ProductionServer(port, process)
        started.append(server)
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(server.url + wait_for, timeout=10)
                break
            except urllib.error.HTTPError:
                break  # it answers, whatever it says
            except OSError:
                if process.poll() is not None:
                    raise RuntimeError(process.stdout.read()) from None
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        return server

    yield start
    for server in started:
        if server.process.poll() is None:
            server.stop()
