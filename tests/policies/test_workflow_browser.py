"""The whole editorial cycle of a benefit in a real browser, by clicking the labelled buttons of
the admin: an editor writes and sends for review, the editor-in-chief returns it with a
comment, the editor fixes it and sends it again, the editor-in-chief publishes; the editor then
changes the live benefit (its text and what a person gets), the public keeps the published
version until the editor-in-chief approves the change."""

import pytest
from django.urls import reverse

from accounts import roles
from policies.models import Benefit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COMMENT = "Tóm tắt chưa nói ai được hưởng; hãy bổ sung."


def log_in_as(portal, user):
    page = portal.page
    page.context.clear_cookies()
    portal.goto(reverse("admin:login"))
    page.fill("#id_username", user.email)
    page.fill("#id_password", "a-long-enough-password-1")
    page.click("input[type=submit]")
    page.wait_for_url(f"**{reverse('admin:index')}")


def open_policy(portal, title):
    """From the list of benefits, open the one with this title by its link."""
    portal.goto(reverse("admin:policies_benefit_changelist"))
    portal.page.get_by_role("link", name=title, exact=True).click()
    portal.page.wait_for_url("**/change/")


def press(portal, label):
    portal.page.get_by_role("button", name=label, exact=True).click()
    portal.page.wait_for_load_state()


def test_an_editor_and_the_editor_in_chief_run_the_cycle_with_buttons(portal, staff):
    editor, chief = staff(roles.EDITOR), staff(roles.EDITOR_IN_CHIEF)
    page = portal.page
    title = "Hỗ trợ thử quy trình duyệt"

    # The editor writes a policy and sends it for review.
    log_in_as(portal, editor)
    portal.goto(reverse("admin:policies_benefit_add"))
    tabs = page.locator(".ui-tabs-nav").first.locator("a")
    assert tabs.nth(0).text_content() == "Tiếng Việt" and tabs.nth(1).text_content() == "Tiếng Anh"
    page.fill("#id_title_vi", title)
    page.fill("#id_summary_vi", "Bản tóm tắt đầu tiên.")
    page.fill("#id_who_in_one_line_vi", "Hộ nghèo dân tộc thiểu số")
    press(portal, "Gửi duyệt")
    policy = Benefit.objects.get(title=title)
    assert policy.status == "review"

    # The editor-in-chief returns it with a comment.
    log_in_as(portal, chief)
    open_policy(portal, title)
    page.get_by_label("Nhận xét (bắt buộc khi trả lại)").fill(COMMENT)
    press(portal, "Trả lại")
    policy.refresh_from_db()
    assert policy.status == "draft"

    # The editor reads the comment, fixes the summary and sends it again.
    log_in_as(portal, editor)
    open_policy(portal, title)
    assert page.get_by_text(COMMENT).is_visible()
    page.fill("#id_summary_vi", "Hộ nghèo dân tộc thiểu số được hỗ trợ.")
    press(portal, "Gửi duyệt")
    policy.refresh_from_db()
    assert policy.status == "review"

    # The editor-in-chief publishes it.
    log_in_as(portal, chief)
    open_policy(portal, title)
    press(portal, "Duyệt và xuất bản")
    policy.refresh_from_db()
    assert policy.is_public
    portal.goto(policy.get_absolute_url())
    assert page.get_by_text("Hộ nghèo dân tộc thiểu số được hỗ trợ.").first.is_visible()

    # The editor changes the live benefit: the public keeps the published text.
    log_in_as(portal, editor)
    open_policy(portal, title)
    page.fill("#id_summary_vi", "Hộ nghèo và hộ cận nghèo dân tộc thiểu số được hỗ trợ.")
    page.locator("#amounts-group .add-row a").click()
    page.fill("#id_amounts-0-amount_vi", "50 triệu đồng")
    press(portal, "Gửi duyệt")
    page.context.clear_cookies()
    portal.goto(policy.get_absolute_url())
    assert page.get_by_text("Hộ nghèo dân tộc thiểu số được hỗ trợ.").first.is_visible()
    assert page.get_by_text("hộ cận nghèo").count() == 0
    assert page.get_by_text("50 triệu đồng").count() == 0

    # The editor-in-chief sees what changes and approves it; the public sees the new text.
    log_in_as(portal, chief)
    open_policy(portal, title)
    diff = page.locator("table.workflow-diff")
    assert "và hộ cận" in diff.locator("ins").first.inner_text()
    assert "50 triệu đồng" in diff.locator("ins").last.inner_text()
    press(portal, "Duyệt và xuất bản")
    page.context.clear_cookies()
    portal.goto(policy.get_absolute_url())
    assert page.get_by_text(
        "Hộ nghèo và hộ cận nghèo dân tộc thiểu số được hỗ trợ."
    ).first.is_visible()
    assert page.get_by_text("50 triệu đồng").first.is_visible()
    portal.assert_clean()
