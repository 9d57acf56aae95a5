"""The commune pages in headless Chromium: a citizen on a 360-px phone with JavaScript off
finds their commune by province or by name; every page passes axe-core and the Nu HTML
Checker."""

import pytest

from tests.conftest import html_errors

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def communes():
    """The communes (a data migration, emptied after each committing test) and the demo
    sample region list."""
    from django.apps import apps

    from ubdt_portal.reference import communes
    from ubdt_portal.reference.demo import seed_sample_regions

    communes.load(apps, None)
    seed_sample_regions()


PAGES = {
    "index": "/xa/",
    "search": "/xa/?q=ta+van",
    "search-none": "/xa/?q=khong+co+xa+nay",
    "search-bad": "/xa/?province=khong-co&q=a",
    "province": "/xa/lao-cai/",
    "commune-sample": "/xa/lao-cai/ta-van/",
    "commune-outside": "/xa/lao-cai/lao-cai/",
    "commune-no-list": "/xa/ha-noi/hoan-kiem/",
    "commune-en": "/en/xa/lao-cai/ta-van/",
    "commune-hmn": "/hmn/xa/lao-cai/ta-van/",
}


def test_axe_finds_no_violations_on_commune_pages(portal, communes):
    assert portal.axe_violations_on(PAGES) == {}
    portal.assert_clean()


def test_commune_pages_are_valid_html(client, communes):
    documents = {name: client.get(path).content.decode() for name, path in PAGES.items()}
    documents["404"] = client.get("/xa/lao-cai/khong-co/").content.decode()
    assert html_errors(documents) == {}


def test_a_citizen_finds_their_commune_by_province_on_a_phone_without_javascript(
    portal_no_js, communes
):
    page = portal_no_js.page
    page.set_viewport_size({"width": 360, "height": 740})
    portal_no_js.goto("/xa/")
    page.get_by_role("combobox", name="Tỉnh, thành phố").select_option(label="Lào Cai")
    page.get_by_role("button", name="Tìm xã").click()
    page.wait_for_url("**/xa/lao-cai/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.get_by_role("link", name="Xã Tả Van", exact=True).click()
    page.wait_for_url("**/xa/lao-cai/ta-van/")
    region = page.get_by_role("region", name="Khu vực và thôn đặc biệt khó khăn")
    assert "Khu vực III" in region.inner_text()
    assert "Dữ liệu mẫu." in region.inner_text()  # the sample list says so before the region
    assert region.locator(".sample-notice").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    portal_no_js.assert_clean()


def test_a_citizen_finds_their_commune_by_typing_its_name_without_accents(portal_no_js, communes):
    page = portal_no_js.page
    page.set_viewport_size({"width": 360, "height": 740})
    portal_no_js.goto("/xa/")
    page.get_by_label("Tên xã, phường").fill("ban ho")
    page.get_by_role("button", name="Tìm xã").click()
    page.wait_for_url("**/xa/?*q=ban+ho*")
    page.get_by_role("link", name="Xã Bản Hồ").click()
    page.wait_for_url("**/xa/lao-cai/ban-ho/")
    assert page.get_by_role("heading", level=1).inner_text() == "Xã Bản Hồ"
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    portal_no_js.assert_clean()
