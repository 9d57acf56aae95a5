"""The public Q&A pages in headless Chromium: accessible (axe-core) and valid (Nu HTML
Checker), and a citizen's path from the list to an answer's legal basis, on a phone."""

import pytest

from tests.conftest import html_errors

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def pages(housing_answer, make_answer):
    from ubdt_portal.reference.models import Topic

    other = make_answer(
        title_vi="Hộ nghèo người Kinh có được vay làm nhà không?",
        topic=Topic.objects.get(slug="tin-dung-uu-dai"),
        related=[housing_answer],
        is_sample=True,
    )
    return {
        "list": "/hoi-dap/",
        "list-filtered": "/hoi-dap/?q=vay&topic=tin-dung-uu-dai",
        "list-empty": "/hoi-dap/?q=khong+co+gi&topic=khong-ton-tai",
        "detail": housing_answer.get_absolute_url(),
        "detail-related": other.get_absolute_url(),
        "detail-en": "/en" + housing_answer.get_absolute_url(),
        "home": "/",
        "group": "/dan-toc/mong/",
    }


def test_axe_finds_no_violations_on_q_and_a_pages(portal, pages):
    assert portal.axe_violations_on(pages) == {}
    portal.assert_clean()


def test_q_and_a_pages_are_valid_html(client, pages, make_answer, admin_user):
    documents = {name: client.get(path).content.decode() for name, path in pages.items()}
    draft = make_answer(status="draft")
    client.force_login(admin_user)
    documents["preview"] = client.get(draft.get_preview_url()).content.decode()
    assert html_errors(documents) == {}


def test_a_citizen_finds_an_answer_and_its_legal_basis_on_a_phone(portal_no_js, pages):
    page = portal_no_js.page
    page.set_viewport_size({"width": 360, "height": 740})
    portal_no_js.goto("/hoi-dap/")
    page.get_by_role("textbox", name="Từ trong câu hỏi hoặc câu trả lời").fill("vay làm nhà")
    page.get_by_role("combobox", name="Lĩnh vực").select_option(label="Tín dụng ưu đãi")
    page.get_by_role("button", name="Xem câu trả lời").click()
    page.wait_for_url("**/hoi-dap/?*q=*topic=tin-dung-uu-dai*")
    page.get_by_role("link", name="Hộ nghèo vay làm nhà được bao nhiêu?").click()
    assert page.get_by_role("heading", name="Trả lời ngắn").is_visible()
    basis = page.get_by_role("region", name="Căn cứ pháp lý")
    link = basis.get_by_role("link", name="Điều 14")
    assert link.get_attribute("href").endswith("#dieu-14")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    portal_no_js.assert_clean()
