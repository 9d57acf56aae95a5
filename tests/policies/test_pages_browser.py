"""The policy pages in headless Chromium: accessible (axe-core), valid (Nu HTML Checker), and a
citizen's path from the library to a policy's legal record, attachment and recording."""

import pytest

from tests.conftest import html_errors

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def pages(housing_policy, make_policy):
    from policies.models import Policy

    other = make_policy(title_vi="Nghị định về học sinh bán trú", featured=True)
    other.related.add(housing_policy)
    assert Policy.objects.count() == 2
    return {
        "list": "/chinh-sach/?topic=dat-dai-nha-o-nuoc-sinh-hoat",
        "detail": housing_policy.get_absolute_url(),
        "detail-hmn": "/hmn" + housing_policy.get_absolute_url(),
        "group": "/dan-toc/mong/",
        "finder": "/chinh-sach/danh-cho-toi/?group=mong&province=lao-cai&region=III",
        "finder-empty": "/chinh-sach/danh-cho-toi/",
        "home": "/",
    }


def test_axe_finds_no_violations_on_policy_pages(portal, pages):
    found = {}
    for name, path in pages.items():
        portal.goto(path)
        violations = portal.axe_violations()
        if violations:
            found[name] = violations
    assert found == {}
    portal.assert_clean()


def test_policy_pages_are_valid_html(client, pages, make_policy, admin_user):
    documents = {name: client.get(path).content.decode() for name, path in pages.items()}
    documents["404"] = client.get("/chinh-sach/khong-co/").content.decode()
    archived = make_policy(status="archived")
    documents["410"] = client.get(archived.get_absolute_url()).content.decode()
    client.force_login(admin_user)
    documents["preview"] = client.get(archived.get_preview_url()).content.decode()
    assert html_errors(documents) == {}


def test_a_citizen_filters_opens_a_policy_and_finds_how_to_claim_it(portal_no_js, pages):
    page = portal_no_js.page
    page.set_viewport_size({"width": 360, "height": 740})
    portal_no_js.goto("/chinh-sach/")
    page.get_by_text("Lọc chính sách").click()  # the filters fold away on a phone
    page.get_by_role("combobox", name="Lĩnh vực").select_option(
        label="Đất đai, nhà ở, nước sinh hoạt"
    )
    page.get_by_role("combobox", name="Dân tộc").select_option(label="Mông")
    page.get_by_role("button", name="Xem chính sách").click()
    page.wait_for_url("**/chinh-sach/?*topic=dat-dai-nha-o-nuoc-sinh-hoat*group=mong*")
    assert page.get_by_role("heading", name="1 chính sách").is_visible()
    page.get_by_role(
        "link", name="Quyết định phê duyệt Chương trình hỗ trợ nhà ở cho hộ nghèo"
    ).click()

    legal = page.get_by_role("region", name="Thông tin văn bản")
    assert "1719/QĐ-TTg" in legal.inner_text()
    assert "Còn hiệu lực" in legal.inner_text()
    link = page.get_by_role("link", name="Toàn văn Quyết định 1719/QĐ-TTg")
    assert link.is_visible()
    base = portal_no_js.base_url
    assert page.request.get(base + link.get_attribute("href")).body().startswith(b"%PDF")
    audio = page.locator("audio[controls]")
    assert audio.count() == 1
    assert page.request.get(base + audio.get_attribute("src")).ok
    assert page.get_by_role("link", name="Hỏi về chính sách này").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    portal_no_js.assert_clean()


def test_article_anchors_can_be_linked(portal, pages):
    portal.goto(pages["detail"] + "#dieu-2")
    assert portal.page.locator("#dieu-2").inner_text().startswith("Điều 2.")
    assert portal.page.evaluate("document.querySelector(':target').id") == "dieu-2"


def test_the_recording_on_a_policy_page_plays(portal, pages):
    """Chromium fetches the recording from the page, decodes it and plays it through."""
    portal.goto(pages["detail"])
    played = portal.page.evaluate(
        """async () => {
            const audio = document.querySelector("audio");
            audio.muted = true;  // browsers allow muted playback without a click
            await audio.play();
            await new Promise((done) => audio.addEventListener("ended", done, {once: true}));
            return {duration: audio.duration, error: audio.error};
        }"""
    )
    assert played["error"] is None
    assert played["duration"] == pytest.approx(0.5, abs=0.1)
    portal.assert_clean()
