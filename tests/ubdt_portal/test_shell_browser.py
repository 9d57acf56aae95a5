"""The page shell in a real headless Chromium: renders, switches language, stays on the portal,
and passes axe-core."""

import pytest
from django.urls import reverse

from accounts import roles
from accounts.models import User

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_home_page_renders_without_errors_or_outside_requests(portal):
    response = portal.goto("/")
    assert response.status == 200
    page = portal.page
    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.get_by_role("navigation", name="Danh mục chính").is_visible()
    assert page.get_by_role("link", name="Chính sách", exact=True).is_visible()
    assert "Bộ Dân tộc và Tôn giáo" in page.locator("footer").inner_text()
    # The stylesheet really applied: the header has the portal's red background.
    background = page.eval_on_selector("header", "e => getComputedStyle(e).backgroundColor")
    assert background == "rgb(163, 22, 26)"
    portal.assert_clean()


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(portal):
    portal.goto("/")
    page = portal.page
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Bỏ qua, đến nội dung chính"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


def test_language_switch_keeps_the_page(portal):
    portal.goto("/tim-kiem/?q=nha+o")
    page = portal.page
    page.get_by_role("link", name="English").click()
    page.wait_for_url("**/en/tim-kiem/?q=nha+o")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == "Search"
    page.locator('a[hreflang="hmn"]').click()
    page.wait_for_url("**/hmn/tim-kiem/?q=nha+o")
    assert page.locator("html").get_attribute("lang") == "hmn"
    assert page.get_by_role("heading", level=1).inner_text() == "Tìm kiếm"
    portal.assert_clean()


@pytest.fixture
def flood_warning(portal_no_js):
    """A national alert at the top of every page, as in a rainy season; the cached list of
    alerts is emptied afterwards for the tests that follow."""
    from datetime import timedelta

    from django.core.cache import cache
    from django.utils import timezone

    from news.models import Alert

    Alert.objects.create(
        message_vi="Mưa lớn có thể gây lũ quét và sạt lở đất ở vùng núi. Hãy theo dõi thông báo "
        "của chính quyền xã và tránh xa sườn dốc, bờ suối.",
        is_published=True,
        expires_at=timezone.now() + timedelta(days=1),
    )
    yield
    cache.clear()


def test_works_with_javascript_off_on_a_narrow_phone(portal_no_js, flood_warning):
    from ubdt_portal.reference.demo import DEMO_CONTACTS
    from ubdt_portal.reference.models import SiteSettings

    # A full footer, as a real deployment has: long labels and addresses must still fit.
    SiteSettings.objects.filter(pk=1).update(**DEMO_CONTACTS)
    portal_no_js.page.set_viewport_size({"width": 360, "height": 740})
    portal_no_js.goto("/")
    page = portal_no_js.page
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360
    # The header leaves the screen to the page: about a quarter of it at most, every menu
    # entry reachable without scrolling sideways.
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 200
    for entry in ("Chính sách", "Văn bản", "Tin tức", "Hỏi đáp", "Tìm kiếm"):
        box = (
            page.get_by_role("navigation", name="Danh mục chính")
            .get_by_role("link", name=entry, exact=True)
            .bounding_box()
        )
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360, entry
    # What a citizen came for is on the first screen, even under a flood warning.
    finder = page.get_by_role("link", name="Tìm chính sách dành cho tôi").bounding_box()
    assert finder["y"] + finder["height"] <= 740
    page.get_by_label("Tìm chính sách, tin tức và câu trả lời").fill("nhà ở")
    page.get_by_role("button", name="Tìm kiếm").click()
    page.wait_for_url("**/tim-kiem/?q=nh%C3%A0+%E1%BB%9F")
    assert "kết quả cho “nhà ở”" in page.content()


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/", 200),
        ("/en/", 200),
        ("/hmn/", 200),
        ("/trang-khong-co/", 404),
        ("/tim-kiem/?q=nha", 200),
    ],
)
def test_axe_finds_no_violations(portal, path, status):
    portal.goto(path, status=status)
    assert portal.axe_violations() == []
    portal.assert_clean()


def test_admin_with_translation_tabs_runs_under_the_strict_policy(portal):
    user = User.objects.create_user(
        email="qt@example.test", password="the-right-password-1", is_staff=True
    )
    from django.contrib.auth.models import Group

    user.groups.add(Group.objects.get(name=roles.SYSTEM_ADMIN))
    page = portal.page
    portal.goto(reverse("admin:login"))
    page.fill("#id_username", "qt@example.test")
    page.fill("#id_password", "the-right-password-1")
    page.click("input[type=submit]")
    page.wait_for_url(f"**{reverse('admin:index')}")
    portal.goto(reverse("admin:reference_sitesettings_change", args=[1]))
    # modeltranslation's tabs are built by jQuery UI served from the portal itself.
    tabs = page.locator(".ui-tabs-nav").first
    tabs.wait_for()
    assert tabs.inner_text().split() == ["VI", "EN", "HMN", "BLT", "KM", "RAD", "JRA", "BDQ"]
    portal.assert_clean()
