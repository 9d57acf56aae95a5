"""The Q&A journey in headless Chromium: a citizen asks on a phone without JavaScript and gets
a code; an officer answers in the staff pages; an approver publishes; the citizen looks the
question up; the public page shows the answer with no personal data. And the citizen's pages
are accessible (axe-core) and valid (Nu HTML Checker)."""

import re

import pytest
from django.urls import reverse

from accounts import roles
from qa.models import Question
from tests.conftest import CHROMIUM_ARGS, PageWatch, html_errors  # noqa: F401

from .conftest import EMAIL, NAME, PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def staff_page(browser, live_server, user):
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    watch = PageWatch(page, live_server.url)
    watch.goto(reverse("admin:login"))
    page.fill("#id_username", user.email)
    page.fill("#id_password", "a-long-enough-password-1")
    page.click("input[type=submit]")
    page.wait_for_url(f"**{reverse('admin:index')}")
    return context, watch


def test_ask_answer_publish_look_up_and_read_without_personal_data(
    portal_no_js, browser, live_server, place, topic, staff
):
    province, commune = place
    officer, approver = staff(roles.QA_OFFICER), staff(roles.QA_APPROVER)

    # A citizen asks on a 360-px phone, JavaScript off.
    page = portal_no_js.page
    page.set_viewport_size({"width": 360, "height": 740})
    portal_no_js.goto("/hoi-dap/gui-cau-hoi/")
    page.get_by_label("Lĩnh vực").select_option(topic.slug)
    page.get_by_label("Câu hỏi của bạn").fill(
        "Con tôi học bán trú ở trường xã, có được hỗ trợ gạo mỗi tháng không?"
    )
    page.get_by_label("Họ và tên").fill(NAME)
    page.get_by_label("Tỉnh, thành phố nơi bạn sống").select_option(province.slug)
    page.get_by_role("button", name="Hiện danh sách xã").click()
    page.get_by_label("Xã, phường (không bắt buộc)").select_option(commune.code)
    assert page.get_by_label("Họ và tên").input_value() == NAME  # nothing typed is lost
    page.get_by_label("Thư điện tử để nhận trả lời (không bắt buộc)").fill(EMAIL)
    page.get_by_label("Số điện thoại (không bắt buộc)").fill(PHONE)
    page.get_by_label(re.compile("Tôi đồng ý để dữ liệu cá nhân")).check()
    page.get_by_label(re.compile("Tôi đồng ý để câu hỏi và câu trả lời")).check()
    page.get_by_role("button", name="Gửi câu hỏi").click()
    page.wait_for_url("**/hoi-dap/gui-cau-hoi/da-gui/")
    code = page.locator("#tracking-code").inner_text().strip()
    question = Question.objects.get()
    assert code == question.display_code

    # The officer assigns the question to themself, then answers it.
    context, officer_page = staff_page(browser, live_server, officer)
    staff = officer_page.page
    change = reverse("admin:qa_question_change", args=[question.pk])
    officer_page.goto(change)
    assert NAME in staff.content()
    staff.select_option("#id_action", "assign")
    staff.get_by_role("button", name="Lưu lại", exact=True).first.click()
    officer_page.goto(change)
    staff.fill("#id_public_title", "Học sinh bán trú có được hỗ trợ gạo không?")
    staff.fill("#id_public_question", "Con tôi học bán trú ở trường xã, có được hỗ trợ gạo không?")
    staff.fill("#id_short_answer", "Có: 15 kg gạo mỗi tháng theo Nghị định 66/2025/NĐ-CP.")
    editor = staff.locator(".richtext-editor").first
    if editor.count():
        editor.click()
        staff.keyboard.type("Học sinh bán trú được hỗ trợ 15 kg gạo mỗi tháng.")
    else:
        staff.fill("#id_answer", "<p>Học sinh bán trú được hỗ trợ 15 kg gạo mỗi tháng.</p>")
    staff.select_option("#id_action", "answer")
    staff.get_by_role("button", name="Lưu lại", exact=True).first.click()
    staff.wait_for_url(f"**{reverse('admin:qa_question_changelist')}")
    officer_page.assert_clean()
    context.close()
    assert Question.objects.get().state == "da-tra-loi"

    # The approver publishes it.
    context, approver_page = staff_page(browser, live_server, approver)
    approver_page.goto(change)
    approver_page.page.select_option("#id_action", "publish")
    approver_page.page.get_by_role("button", name="Lưu lại", exact=True).first.click()
    approver_page.page.wait_for_url(f"**{reverse('admin:qa_question_changelist')}")
    context.close()
    assert Question.objects.get().state == "da-cong-bo"

    # The citizen looks it up with the code, then opens the public page.
    portal_no_js.goto("/hoi-dap/tra-cuu/")
    page.get_by_label("Mã tra cứu").fill(code.lower())
    page.get_by_role("button", name="Tra cứu").click()
    assert "15 kg gạo" in page.content()
    page.get_by_role("link", name="Câu trả lời đã công bố").click()
    page.wait_for_url("**/hoi-dap/hoc-sinh-ban-tru*/")
    body = page.content()
    assert "Học sinh bán trú có được hỗ trợ gạo không?" in body
    for value in (NAME, EMAIL, PHONE, commune.name):
        assert value not in body
    portal_no_js.assert_clean()


@pytest.fixture
def citizen_pages(client, ask_data, make_question, officer, approver):
    from .test_queue import answered

    pages = {
        "form": client.get("/hoi-dap/gui-cau-hoi/").content.decode(),
        "form-errors": client.post(
            "/hoi-dap/gui-cau-hoi/", ask_data(name="", consent_processing=None)
        ).content.decode(),
        "privacy": client.get("/hoi-dap/quyen-rieng-tu/").content.decode(),
        "lookup": client.get("/hoi-dap/tra-cuu/").content.decode(),
        "lookup-wrong": client.post("/hoi-dap/tra-cuu/", {"code": "ABCD"}).content.decode(),
    }
    client.post("/hoi-dap/gui-cau-hoi/", ask_data())
    pages["thanks"] = client.get("/hoi-dap/gui-cau-hoi/da-gui/").content.decode()
    question = answered(make_question(), officer)
    from qa import workflow

    workflow.apply(question, "publish", approver)
    pages["lookup-answer"] = client.post(
        "/hoi-dap/tra-cuu/", {"code": question.tracking_code}
    ).content.decode()
    return pages


def test_citizen_pages_are_valid_html(citizen_pages):
    assert html_errors(citizen_pages) == {}


def test_axe_finds_no_violations_on_the_citizen_pages(portal, ask_data, place):
    page = portal.page
    found = {}
    portal.goto("/hoi-dap/gui-cau-hoi/")
    found["form"] = portal.axe_violations()
    page.get_by_role("button", name="Gửi câu hỏi").click()  # everything missing
    found["form-errors"] = portal.axe_violations()
    for name, path in [("privacy", "/hoi-dap/quyen-rieng-tu/"), ("lookup", "/hoi-dap/tra-cuu/")]:
        portal.goto(path)
        found[name] = portal.axe_violations()
    page.get_by_label("Mã tra cứu").fill("sai")
    page.get_by_role("button", name="Tra cứu").click()
    found["lookup-wrong"] = portal.axe_violations()
    assert {name: v for name, v in found.items() if v} == {}
    portal.assert_clean()
