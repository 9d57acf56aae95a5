"""The page shell every public page shares."""

import re

import pytest
from django.conf import settings
from django.test import override_settings
from django.urls import path, reverse

from ubdt_portal import urls as portal_urls
from ubdt_portal.reference.models import SiteSettings

pytestmark = pytest.mark.django_db


def test_home_page_has_skip_link_navigation_and_footer_from_site_settings(client):
    site = SiteSettings.objects.get()
    site.site_name = "Cổng thử nghiệm"
    site.responsible_person = "Bà Lò Thị Mai, Giám đốc"
    site.hotline = "1900 1234"
    site.save()

    html = client.get("/").content.decode()

    assert '<html lang="vi">' in html
    assert re.search(r'<a class="skip-link"[^>]*href="#main">Bỏ qua, đến nội dung chính</a>', html)
    assert 'id="main"' in html
    for label, url in [
        ("Chính sách", "/chinh-sach/"),
        ("Tin tức", "/tin-tuc/"),
        ("Hỏi đáp", "/hoi-dap/"),
        ("Tìm kiếm", "/tim-kiem/"),
    ]:
        assert f'<a href="{url}">{label}</a>' in html
    assert "Cổng thử nghiệm" in html
    assert "Bà Lò Thị Mai, Giám đốc" in html
    assert "Bộ Dân tộc và Tôn giáo" in html
    assert "349 Đội Cấn" in html
    assert 'href="tel:19001234"' in html


def test_pages_load_no_script_and_nothing_from_other_hosts(client):
    html = client.get("/").content.decode()
    assert "<script" not in html
    assert not re.search(r'(src|href)="(https?:)?//', html)
    assert "style=" not in html


def test_text_page_is_small_on_first_visit(client):
    html = client.get("/").content
    css = (settings.BASE_DIR / "static" / "css" / "portal.css").read_bytes()
    assert len(html) + len(css) < 50_000


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_every_language_has_its_prefix_and_html_lang(client, code):
    url = "/" if code == "vi" else f"/{code}/"
    response = client.get(url)
    assert response.status_code == 200
    assert f'<html lang="{code}">' in response.content.decode()


def test_vietnamese_has_no_prefix():
    assert settings.LANGUAGE_CODE == "vi"
    from django.urls import reverse
    from django.utils import translation

    with translation.override("vi"):
        assert reverse("policies:list") == "/chinh-sach/"
    with translation.override("en"):
        assert reverse("policies:list") == "/en/chinh-sach/"


def test_language_switcher_keeps_the_current_page_and_names_languages_locally(client):
    html = client.get("/en/tim-kiem/?q=nha+o").content.decode()
    assert '<a href="/tim-kiem/?q=nha+o" lang="vi" hreflang="vi">Tiếng Việt</a>' in html
    assert 'href="/hmn/tim-kiem/?q=nha+o" lang="hmn" hreflang="hmn">Hmoob</a>' in html
    assert 'lang="km" hreflang="km">ខ្មែរ</a>' in html
    assert 'href="/en/tim-kiem/?q=nha+o" lang="en" hreflang="en" aria-current="page"' in html


def test_english_pages_show_the_english_interface(client):
    html = client.get("/en/").content.decode()
    assert "Skip to main content" in html
    assert ">Policies</a>" in html


def test_ethnic_language_pages_show_the_interface_in_vietnamese_marked_as_such(client):
    html = client.get("/hmn/").content.decode()
    assert '<html lang="hmn">' in html
    assert re.search(r'<header class="site-header" lang="vi">', html)
    assert re.search(r'<footer class="site-footer" lang="vi">', html)
    assert ">Chính sách</a>" in html
    assert "Bỏ qua, đến nội dung chính" in html


def test_unknown_page_gives_a_vietnamese_404(client):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Không tìm thấy trang" in html
    assert 'href="/"' in html


def test_unknown_page_in_english_gives_an_english_404(client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def boom(request):
    raise RuntimeError("simulated failure")


def forbidden(request):
    from django.core.exceptions import PermissionDenied

    raise PermissionDenied


urlpatterns = [path("boom/", boom), path("forbidden/", forbidden), *portal_urls.urlpatterns]
handler403 = portal_urls.handler403
handler404 = portal_urls.handler404
handler500 = portal_urls.handler500


@override_settings(ROOT_URLCONF=__name__)
def test_server_error_page_is_vietnamese(client):
    client.raise_request_exception = False
    response = client.get("/boom/")
    assert response.status_code == 500
    assert "Lỗi máy chủ" in response.content.decode()


@override_settings(ROOT_URLCONF=__name__)
def test_forbidden_page_is_vietnamese(client):
    response = client.get("/forbidden/")
    assert response.status_code == 403
    assert "Không có quyền truy cập" in response.content.decode()


def test_healthz_reports_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response.headers["Cache-Control"]


@pytest.mark.parametrize(
    "url",
    [
        "/tim-kiem/?q=" + "a" * 8_000,
        "/tim-kiem/?q[]=x&q=y",
        "/?page=abc",
    ],
)
def test_hostile_query_strings_get_a_normal_page(client, url):
    assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    "url",
    ["/chinh-sach/%00/", "/tim-kiem/?q=%00", "/hoi-dap/gui-cau-hoi/?chinh-sach=a%00", "/?x%00=1"],
)
def test_a_nul_byte_anywhere_gets_the_vietnamese_400_page(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "Yêu cầu không hợp lệ" in response.content.decode()


def test_the_current_section_is_marked_in_the_menu(client):
    html = client.get("/chinh-sach/").content.decode()
    assert '<a href="/chinh-sach/" aria-current="true">Chính sách</a>' in html
    assert '<a href="/tin-tuc/">Tin tức</a>' in html


def test_an_overlong_address_gets_the_vietnamese_414_page(client):
    response = client.get("/tim-kiem/?q=" + "a" * 100_000)
    assert response.status_code == 414
    assert "Địa chỉ quá dài" in response.content.decode()


def test_too_much_posted_data_gets_the_vietnamese_413_page(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = client.post(reverse("admin:login"), {"username": "a" * 2000, "password": "x"})
    assert response.status_code == 413
    assert "Dữ liệu gửi lên quá lớn" in response.content.decode()


def test_a_form_sent_without_its_security_token_gets_a_vietnamese_page_styled_by_the_stylesheet(
    db,
):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(
        reverse("admin:login"), {"username": "a@example.test", "password": "x"}
    )
    html = response.content.decode()
    assert response.status_code == 403
    assert "Biểu mẫu đã hết hạn" in html
    assert "CSRF" not in html
    assert "<style" not in html and "style=" not in html
    assert re.search(r'<link rel="stylesheet" href="/static/css/portal[^"]*\.css">', html)
