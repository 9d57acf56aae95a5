"""The news pages in headless Chromium: accessible (axe-core), valid (Nu HTML Checker), light on
a 360-pixel phone, and a citizen's path from the home page to the news, an article and the
benefit it is about."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.conftest import PageWatch, html_errors

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def pages(flood_article, make_article, picture):
    from news.models import Alert
    from policies.models import Benefit
    from tests.factories import make

    benefit = make(
        Benefit,
        title_vi="Hỗ trợ làm nhà cho hộ bị thiệt hại do lũ",
        who_in_one_line_vi="Hộ dân tộc thiểu số có nhà bị lũ cuốn trôi",
    )
    flood_article.related_benefits.set([benefit])
    for n in range(3):
        make_article(
            title_vi=f"Tin phòng chống thiên tai số {n}",
            category=flood_article.category,
            image=picture,
            publish_at=timezone.now() - timedelta(days=n + 1),
        )
    Alert.objects.create(
        message_vi="Mưa lớn ở vùng núi phía Bắc: tránh xa bờ suối.",
        level="warning",
        is_published=True,
        expires_at=timezone.now() + timedelta(hours=2),
    )
    return {
        "list": "/tin-tuc/",
        "list-category": "/tin-tuc/?category=phong-chong-thien-tai",
        "detail": flood_article.get_absolute_url(),
        "detail-en": "/en" + flood_article.get_absolute_url(),
        "detail-hmn": "/hmn" + flood_article.get_absolute_url(),
        "home": "/",
        "group": "/dan-toc/mong/",
        "benefit": benefit.get_absolute_url(),
    }


def test_axe_finds_no_violations_on_news_pages(portal, pages):
    assert portal.axe_violations_on(pages) == {}
    portal.assert_clean()


def test_news_pages_are_valid_html(client, pages, make_article, admin_user):
    documents = {name: client.get(path).content.decode() for name, path in pages.items()}
    documents["404"] = client.get("/tin-tuc/khong-co/").content.decode()
    archived = make_article(status="archived")
    client.force_login(admin_user)
    documents["preview"] = client.get(archived.get_preview_url()).content.decode()
    assert html_errors(documents) == {}


def largest_image_on_a_phone(browser, live_server, path, scale):
    """The bytes of the largest image a 360-pixel-wide phone downloads for `path`."""
    context = browser.new_context(
        locale="vi-VN",
        viewport={"width": 360, "height": 740},
        device_scale_factor=scale,
        is_mobile=True,
    )
    page = context.new_page()
    watch = PageWatch(page, live_server.url)
    images = {}

    def record(response):
        if response.request.resource_type == "image":
            images[response.url] = len(response.body())

    page.on("response", record)
    watch.goto(path)
    page.wait_for_load_state("networkidle")
    watch.assert_clean()
    width = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    return max(images.items(), key=lambda item: item[1]), width


def test_an_article_on_a_360_pixel_phone_downloads_a_small_picture(browser, live_server, pages):
    (url, size), width = largest_image_on_a_phone(browser, live_server, pages["detail"], 1)
    assert url.endswith(".webp")  # the WebP rendition the phone's width calls for
    assert size < 40_000
    assert width <= 360  # nothing wider than the screen


def test_a_citizen_goes_from_the_home_page_to_the_benefit_an_article_is_about(portal_no_js, pages):
    page = portal_no_js.page
    page.set_viewport_size({"width": 360, "height": 740})
    portal_no_js.goto("/")
    assert page.get_by_text("Mưa lớn ở vùng núi phía Bắc").is_visible()  # the alert, on top
    menu = page.get_by_role("navigation", name="Danh mục chính")
    menu.get_by_role("link", name="Tin tức").click()
    page.wait_for_url("**/tin-tuc/")
    page.get_by_role("link", name="Phòng, chống thiên tai").first.click()
    page.wait_for_url("**/tin-tuc/?category=phong-chong-thien-tai")
    assert page.get_by_role("heading", level=1, name="Phòng, chống thiên tai").is_visible()
    page.get_by_role("link", name="Lũ quét ở vùng núi: bà con cần làm gì").click()
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Lũ quét ở vùng núi: bà con cần làm gì"
    )
    assert page.locator("article img").first.evaluate("img => img.complete && img.naturalWidth")
    page.get_by_role("link", name="Hỗ trợ làm nhà cho hộ bị thiệt hại do lũ").click()
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Hỗ trợ làm nhà cho hộ bị thiệt hại do lũ"
    )
    # The benefit's page leads back to the news about it.
    assert page.get_by_role("link", name="Lũ quét ở vùng núi: bà con cần làm gì").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    portal_no_js.assert_clean()
