"""The benefit pages in headless Chromium: accessible (axe-core), valid (Nu HTML Checker), and
a Mông farmer's journey on a 360-px phone with JavaScript off."""

import pytest

from tests.conftest import html_errors

from .test_pages import lao_cai_commune

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 740}


@pytest.fixture
def pages(housing_benefit, make_benefit, make_document):
    old_document = make_document(
        title_vi="Nghị định về miễn, giảm học phí (cũ)",
        document_number="81/2021/NĐ-CP",
        legal_status_override="het-hieu-luc-toan-bo",
    )
    new = make_benefit(
        title_vi="Miễn học phí cho học sinh dân tộc thiểu số",
        who_in_one_line_vi="Học sinh dân tộc thiểu số ở xã khu vực III",
        amounts=[("100 % học phí", "mỗi năm học")],
        basis=[(make_document(document_number="238/2025/NĐ-CP"), "Điều 15")],
        featured=True,
    )
    old = make_benefit(
        title_vi="Miễn, giảm học phí (đến năm học 2024-2025)",
        basis=[(old_document, "Điều 15")],
        successor=new,
    )
    commune = lao_cai_commune("III", villages="Thôn Sà Phìn")
    return {
        "list": "/chinh-sach/?topic=dat-dai-nha-o-nuoc-sinh-hoat",
        "detail": housing_benefit.get_absolute_url(),
        "detail-en": "/en" + housing_benefit.get_absolute_url(),
        "detail-hmn": "/hmn" + housing_benefit.get_absolute_url(),
        "ended": old.get_absolute_url(),
        "group": "/dan-toc/mong/",
        "finder": "/chinh-sach/danh-cho-toi/?group=mong&province=lao-cai&region=III",
        "finder-commune": f"/chinh-sach/danh-cho-toi/?province=lao-cai&commune={commune.code}",
        "finder-none": "/chinh-sach/danh-cho-toi/?group=khmer&province=lao-cai&topic=ha-tang",
        "finder-empty": "/chinh-sach/danh-cho-toi/?group=",
        "finder-start": "/chinh-sach/danh-cho-toi/",
        "document": old_document.get_absolute_url(),
        "home": "/",
    }


def test_axe_finds_no_violations_on_benefit_pages(portal, pages):
    assert portal.axe_violations_on(pages) == {}
    portal.assert_clean()


def test_benefit_pages_are_valid_html(client, pages, make_benefit, admin_user):
    documents = {name: client.get(path).content.decode() for name, path in pages.items()}
    documents["404"] = client.get("/chinh-sach/khong-co/").content.decode()
    archived = make_benefit(status="archived")
    client.force_login(admin_user)
    documents["preview"] = client.get(archived.get_preview_url()).content.decode()
    assert html_errors(documents) == {}


def above_the_fold(locator):
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"]


def test_a_mong_farmer_in_lao_cai_finds_a_housing_loan_on_a_phone(portal_no_js, pages):
    page = portal_no_js.page
    page.set_viewport_size(PHONE)
    portal_no_js.goto("/")
    page.get_by_role("link", name="Tìm chính sách dành cho tôi").first.click()
    page.get_by_role("combobox", name="Dân tộc của bạn").select_option(label="Mông")
    page.get_by_role("combobox", name="Tỉnh, thành phố nơi bạn sống").select_option(label="Lào Cai")
    page.get_by_role("combobox", name="Khu vực của xã bạn").select_option(label="Khu vực III")
    page.get_by_role("combobox", name="Bạn cần hỗ trợ về việc gì").select_option(
        label="Đất đai, nhà ở, nước sinh hoạt"
    )
    page.get_by_role("button", name="Tìm").click()
    page.wait_for_url("**/chinh-sach/danh-cho-toi/?*group=mong*")
    assert page.get_by_role("heading", name="1 chính sách có thể áp dụng cho bạn").is_visible()
    assert page.get_by_text("Dành cho xã thuộc Khu vực III").is_visible()
    page.get_by_role("link", name="Vay vốn làm nhà ở").click()

    # The first screen: what you get, who, and that it applies now — without scrolling.
    assert page.evaluate("window.scrollY") == 0
    assert above_the_fold(page.get_by_role("heading", name="Vay vốn làm nhà ở", exact=True))
    assert above_the_fold(page.get_by_text("40 triệu đồng"))
    assert above_the_fold(page.get_by_text("Đang áp dụng").first)
    assert above_the_fold(page.get_by_text("Hộ nghèo dân tộc thiểu số chưa có nhà ở kiên cố"))
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    # The legal basis leads to the article itself.
    page.get_by_role("link", name="Điều 14").click()
    assert page.evaluate("document.querySelector(':target').id") == "dieu-14"
    portal_no_js.assert_clean()


def test_choosing_province_then_commune_without_javascript(portal_no_js, pages):
    page = portal_no_js.page
    page.set_viewport_size(PHONE)
    portal_no_js.goto("/chinh-sach/danh-cho-toi/")
    assert page.get_by_role("combobox", name="Xã của bạn").is_disabled()
    page.get_by_role("combobox", name="Tỉnh, thành phố nơi bạn sống").select_option(label="Lào Cai")
    page.get_by_role("button", name="Tìm").click()
    page.get_by_role("combobox", name="Xã của bạn").select_option(label="Xã Thử Nghiệm")
    page.get_by_role("button", name="Tìm").click()
    assert page.get_by_text("Xã Thử Nghiệm: Khu vực III.").is_visible()
    assert page.get_by_role("link", name="Vay vốn làm nhà ở").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    portal_no_js.assert_clean()


def test_from_an_ended_document_to_the_benefit_that_replaced_it_in_one_tap(portal_no_js, pages):
    page = portal_no_js.page
    page.set_viewport_size(PHONE)
    portal_no_js.goto(pages["document"])
    page.get_by_role("link", name="Miễn học phí cho học sinh dân tộc thiểu số").click()
    page.wait_for_url("**/chinh-sach/mien-hoc-phi-cho-hoc-sinh-dan-toc-thieu-so/")
    assert above_the_fold(page.get_by_text("Đang áp dụng").first)
    assert above_the_fold(page.get_by_text("100 % học phí"))
    # And from the ended benefit's own page, its successor is on the first screen.
    portal_no_js.goto(pages["ended"])
    successor = page.get_by_role("link", name="Miễn học phí cho học sinh dân tộc thiểu số")
    assert above_the_fold(successor)
    successor.click()
    page.wait_for_url("**/chinh-sach/mien-hoc-phi-cho-hoc-sinh-dan-toc-thieu-so/")
    portal_no_js.assert_clean()


def test_the_recording_on_a_benefit_page_plays(portal, pages):
    portal.goto(pages["detail"])
    played = portal.page.evaluate(
        """async () => {
            const audio = document.querySelector("audio");
            audio.muted = true;
            await audio.play();
            await new Promise((done) => audio.addEventListener("ended", done, {once: true}));
            return {duration: audio.duration, error: audio.error};
        }"""
    )
    assert played["error"] is None
    assert played["duration"] == pytest.approx(0.5, abs=0.1)
    portal.assert_clean()
