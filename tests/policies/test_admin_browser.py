"""Editors work in the admin under the portal's strict Content Security Policy: translation
tabs, the rich-text editor and the relation widgets run from the portal's own files."""

import pytest
from django.urls import reverse

from accounts import roles

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(portal, user):
    page = portal.page
    portal.goto(reverse("admin:login"))
    page.fill("#id_username", user.email)
    page.fill("#id_password", "a-long-enough-password-1")
    page.click("input[type=submit]")
    page.wait_for_url(f"**{reverse('admin:index')}")


def test_editor_writes_a_draft_with_the_rich_text_editor(portal, staff):
    log_in(portal, staff(roles.EDITOR))
    page = portal.page
    portal.goto(reverse("admin:policies_policy_add"))
    assert page.locator(".ui-tabs-nav").first.is_visible()
    toolbar = page.locator(".richtext-toolbar").first
    assert toolbar.is_visible()
    page.fill("#id_title_vi", "Chính sách thử viết bằng trình soạn thảo")
    page.fill("#id_summary_vi", "Tóm tắt dễ hiểu.")
    page.fill("#id_document_number", "12/2026/QĐ-TTg")
    page.select_option("#id_document_type", "quyet-dinh")
    page.fill("#id_issuing_agency_vi", "Thủ tướng Chính phủ")
    page.fill("#id_signed_date", "05/03/2026")
    editor = page.locator(".richtext-editor").first
    editor.click()
    page.keyboard.type("Điều 1. Phạm vi")
    toolbar.get_by_role("button", name="Tiêu đề", exact=True).click()
    page.get_by_role("button", name="Lưu lại", exact=True).first.click()
    page.wait_for_url(f"**{reverse('admin:policies_policy_changelist')}")

    from policies.models import Policy

    policy = Policy.objects.get(document_number="12/2026/QĐ-TTg")
    assert policy.status == "draft"
    assert policy.full_text_vi == "<h2>Điều 1. Phạm vi</h2>"
    assert policy.slug == "chinh-sach-thu-viet-bang-trinh-soan-thao"
    portal.assert_clean()
