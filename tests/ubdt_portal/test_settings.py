"""Security headers and configuration every response carries."""

import pytest
from django.conf import settings


@pytest.fixture
def home(client, db):
    return client.get("/")


def test_content_security_policy_forbids_inline_code_and_other_hosts(home):
    policy = home.headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in policy


def test_security_headers(home):
    assert home.headers["X-Content-Type-Options"] == "nosniff"
    assert home.headers["Referrer-Policy"] == "same-origin"
    assert home.headers["X-Frame-Options"] == "DENY"
    assert "camera=()" in home.headers["Permissions-Policy"]
    assert "geolocation=()" in home.headers["Permissions-Policy"]


def test_hsts_is_sent_over_https_when_not_debug(client, db):
    response = client.get("/", secure=True)
    assert response.headers["Strict-Transport-Security"].startswith("max-age=31536000")


def test_database_connections_persist_with_health_checks():
    database = settings.DATABASES["default"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert database["CONN_MAX_AGE"] > 0
    assert database["CONN_HEALTH_CHECKS"] is True


def test_dates_are_shown_the_vietnamese_way():
    import datetime

    from django.template import Context, Template
    from django.utils import translation

    for language in ("vi", "en", "hmn"):
        with translation.override(language):
            rendered = Template("{{ day|date }}").render(
                Context({"day": datetime.date(2026, 3, 5)})
            )
        assert rendered == "05/03/2026"
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"


def test_the_portals_database_connections_run_without_jit_and_with_a_statement_timeout(db):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == f"{settings.DATABASE_STATEMENT_TIMEOUT}s"
    assert settings.DATABASES["default"]["OPTIONS"]["connect_timeout"] <= 5


def settings_with_nothing_set(*names):
    """The values of settings `names` in a fresh process whose environment holds only what the
    settings cannot do without — and no `.env` file either (a developer's may set anything)."""
    import subprocess
    import sys

    code = (
        "import environ; environ.Env.read_env = lambda *args, **kwargs: None; "
        "import django; django.setup(); from django.conf import settings; "
        f"print(*(getattr(settings, name) for name in {names!r}))"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "ubdt_portal.settings",
        "SECRET_KEY": "x" * 50,
        "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none",
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_debug_is_off_unless_set():
    assert settings_with_nothing_set("DEBUG") == ["False"]


def test_hsts_preload_and_subdomains_are_off_unless_set():
    """A fresh deployment must not bind its whole domain to HTTPS by accident."""
    assert settings_with_nothing_set("SECURE_HSTS_PRELOAD", "SECURE_HSTS_INCLUDE_SUBDOMAINS") == [
        "False",
        "False",
    ]
