"""The portal as production (and `./portal serve`) runs it: gunicorn with DEBUG off. What a
visitor meets when the database hangs or is down, when the address is absurd, and what the
logs keep of bad requests."""

import re
import socket
import time

import pytest

from tests.conftest import free_port

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def silent_database():
    """A "database" that accepts connections and never answers: the kernel completes the TCP
    handshake for a listening socket nobody reads."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(100)
        yield f"postgres://portal:secret@127.0.0.1:{sock.getsockname()[1]}/ubdt_portal"


def assert_vietnamese_503(status, headers, body):
    assert status == 503
    assert headers["Retry-After"].isdigit()
    html = body.decode()
    assert "Tạm thời không truy cập được" in html
    assert 'lang="vi"' in html


def assert_unavailable_within_seconds(server):
    """The health check and a page both say the database is unavailable, each within seconds:
    not the 30 s after which gunicorn kills a hung worker."""
    started = time.monotonic()
    status, _headers, body = server.get("/healthz")
    assert status == 503
    assert b'"database": "unavailable"' in body
    assert time.monotonic() - started < 10
    started = time.monotonic()
    assert_vietnamese_503(*server.get("/chinh-sach/"))
    assert time.monotonic() - started < 10


def test_a_database_that_never_answers_gives_a_503_within_seconds(
    production_server, silent_database
):
    server = production_server(DATABASE_URL=silent_database, DATABASE_CONNECT_TIMEOUT="2")
    assert_unavailable_within_seconds(server)


def test_a_database_that_is_down_gives_the_503_page_not_the_500_page(production_server):
    closed = f"postgres://portal:secret@127.0.0.1:{free_port()}/ubdt_portal"
    server = production_server(DATABASE_URL=closed)
    assert server.get("/healthz")[0] == 503
    assert_vietnamese_503(*server.get("/"))
    status, _headers, body = server.get("/en/chinh-sach/")
    assert status == 503
    assert "Temporarily unavailable" in body.decode()


def test_pages_are_served_without_debug_and_static_files_are_hashed_and_immutable(
    production_server,
):
    server = production_server()
    status, _headers, body = server.get("/khong-co-trang-nay/")
    html = body.decode()
    assert status == 404
    assert "Không tìm thấy trang" in html
    assert "Django" not in html and "URLconf" not in html
    status, _headers, body = server.get("/")
    assert status == 200
    stylesheet = re.search(r'href="(/static/css/portal\.[0-9a-f]{12}\.css)"', body.decode())
    assert stylesheet, "the page links the hashed stylesheet"
    status, headers, _body = server.get(stylesheet.group(1), {"Accept-Encoding": "gzip"})
    assert status == 200
    assert "immutable" in headers["Cache-Control"]
    assert headers["Content-Encoding"] == "gzip"


def test_an_overlong_address_gets_the_portals_vietnamese_414_page(production_server):
    server = production_server()
    status, _headers, body = server.get("/tim-kiem/?q=" + "a" * 20_000)
    assert status == 414
    assert "Địa chỉ quá dài" in body.decode()


def test_the_health_check_answers_plain_http_behind_an_https_redirect(production_server):
    server = production_server(SECURE_SSL_REDIRECT="true")
    assert server.get("/healthz")[0] == 200
    status, headers, _body = server.get("/chinh-sach/")
    assert status == 301
    assert headers["Location"].startswith("https://")


def test_bad_requests_are_logged_as_one_line_without_a_traceback(production_server):
    server = production_server()
    for _ in range(3):
        assert server.get("/chinh-sach/%00/")[0] == 400
    answer = server.raw(b"GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 400")
    output = server.stop()
    assert "Traceback" not in output
    # One line from the application per bad request (beside gunicorn's access log line).
    application_lines = [
        line for line in output.splitlines() if "%00" in line or "\x00" in line or "\\x00" in line
    ]
    access_lines = [line for line in application_lines if '"GET /chinh-sach/%00/' in line]
    assert len(access_lines) == 3
    assert len(application_lines) - len(access_lines) == 3
    assert sum("evil.example" in line for line in output.splitlines()) == 1
