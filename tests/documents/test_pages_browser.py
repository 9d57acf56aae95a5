"""The library pages in headless Chromium: accessible (axe-core), valid (Nu HTML Checker), and
an official's path at 360 px without JavaScript from the library to an article of a document."""

import pytest

from tests.conftest import html_errors

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def pages(loan_decree, make_document):
    old = make_document(title_vi="Nghị định cũ về tín dụng", document_number="01/2010/NĐ-CP")
    loan_decree.replaces.add(old)
    return {
        "list": "/van-ban/",
        "list-filtered": "/van-ban/?type=nghi-dinh&year=abc&issuer=x",
        "list-empty": "/van-ban/?q=khongcogicakhongco",
        "detail": loan_decree.get_absolute_url(),
        "detail-en": "/en" + loan_decree.get_absolute_url(),
        "detail-hmn": "/hmn" + loan_decree.get_absolute_url(),
        "replaced": old.get_absolute_url(),
    }


def test_axe_finds_no_violations_on_document_pages(portal, pages):
    assert portal.axe_violations_on(pages) == {}
    portal.assert_clean()


def test_document_pages_are_valid_html(client, pages, make_document, admin_user):
    documents = {name: client.get(path).content.decode() for name, path in pages.items()}
    documents["404"] = client.get("/van-ban/khong-co/").content.decode()
    archived = make_document(status="archived")
    archived.archived_while_public_at = archived.publish_at
    archived.save()
    documents["410"] = client.get(archived.get_absolute_url()).content.decode()
    client.force_login(admin_user)
    documents["preview"] = client.get(archived.get_preview_url()).content.decode()
    assert html_errors(documents) == {}


def test_an_official_filters_opens_a_decree_and_links_to_an_article(portal_no_js, pages):
    page = portal_no_js.page
    page.set_viewport_size({"width": 360, "height": 740})
    portal_no_js.goto("/van-ban/")
    page.get_by_text("Lọc văn bản").click()  # the filters fold away on a phone
    page.get_by_role("combobox", name="Loại văn bản").select_option(label="Nghị định")
    page.get_by_role("textbox", name="Năm ban hành").fill("2022")
    page.get_by_role("button", name="Xem văn bản").click()
    page.wait_for_url("**/van-ban/?*type=nghi-dinh*year=2022*")
    assert page.get_by_role("heading", name="1 văn bản").is_visible()
    page.get_by_role("link", name="28/2022/NĐ-CP").first.click()

    legal = page.get_by_role("region", name="Thông tin văn bản")
    assert "Hết hiệu lực một phần" in legal.inner_text()
    history = page.get_by_role("region", name="Lịch sử hiệu lực")
    assert "Khoản 2 Điều 14" in history.inner_text()
    link = page.get_by_role("link", name="Toàn văn Nghị định 28/2022/NĐ-CP")
    base = portal_no_js.base_url
    assert page.request.get(base + link.get_attribute("href")).body().startswith(b"%PDF")
    # The "#" beside "Điều 14" is a plain link to the article: following it targets it.
    anchor = page.locator("#dieu-14 a.anchor-link")
    assert anchor.is_visible() and anchor.inner_text().startswith("#")
    anchor.click()
    assert page.url.endswith("#dieu-14")
    assert page.locator("#dieu-14").inner_text().startswith("Điều 14.")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    portal_no_js.assert_clean()


def test_from_a_replaced_document_to_its_successor_in_one_tap(portal_no_js, pages):
    page = portal_no_js.page
    page.set_viewport_size({"width": 360, "height": 740})
    portal_no_js.goto(pages["replaced"])
    assert "Hết hiệu lực toàn bộ" in page.locator("main").inner_text()
    page.get_by_role("link", name="28/2022/NĐ-CP").first.click()
    assert page.url.endswith(pages["detail"])
    portal_no_js.assert_clean()
