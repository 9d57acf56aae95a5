import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests import samples

from .conftest import PDF_BYTES
from .test_workflow import admin_form, attachment_rows

pytestmark = pytest.mark.django_db


def test_change_form_has_translation_tabs_inlines_and_the_rich_text_editor(
    admin_client, housing_policy
):
    page = admin_client.get(
        reverse("admin:policies_policy_change", args=[housing_policy.pk])
    ).content.decode()
    for name in ("title_vi", "title_en", "title_hmn", "summary_km", "full_text_bdq"):
        assert f'name="{name}"' in page
    assert "vendor/jquery-ui/jquery-ui.min" in page
    assert "publishing/richtext" in page and 'class="richtext' in page
    assert 'name="attachments-0-file"' in page
    assert 'name="recordings-0-file"' in page
    assert "Còn hiệu lực" in page  # the derived status, shown to the editor


def test_changelist_filters_search_and_translation_column(
    admin_client, housing_policy, make_policy
):
    make_policy(title_vi="Chính sách khác", document_number="99/2020/TT-BTC")
    page = admin_client.get(
        f"{reverse('admin:policies_policy_changelist')}?q=1719"
    ).content.decode()
    assert "1719/QĐ-TTg" in page and "99/2020/TT-BTC" not in page
    assert "vi, en" in page
    page = admin_client.get(reverse("admin:policies_policy_changelist")).content.decode()
    for parameter in ("status__exact", "document_type__exact", "topics__id__exact", "year="):
        assert parameter in page


def test_rich_text_submitted_through_the_admin_is_sanitised(admin_client, housing_policy):
    url = reverse("admin:policies_policy_change", args=[housing_policy.pk])
    response = admin_client.post(
        url,
        admin_form(
            housing_policy,
            full_text_vi=(
                '<h3>Điều 1</h3><script>alert("x")</script><p onmouseover="x()">An toàn</p>'
            ),
        ),
    )
    assert response.status_code == 302
    housing_policy.refresh_from_db()
    assert housing_policy.full_text_vi == "<h3>Điều 1</h3><p>An toàn</p>"


def with_attachment(policy, title):
    """The change form with one new attachment row (the file is added by each test)."""
    return {
        **admin_form(policy),
        "attachments-TOTAL_FORMS": "1",
        "attachments-0-title_vi": title,
        "attachments-0-order": "0",
    }


def test_attachments_are_checked_by_content_not_only_by_name(admin_client, make_policy):
    policy = make_policy()
    url = reverse("admin:policies_policy_change", args=[policy.pk])
    data = with_attachment(policy, "Giả mạo")
    fake = SimpleUploadedFile("van-ban.pdf", b"<html><script>alert(1)</script></html>")
    response = admin_client.post(url, {**data, "attachments-0-file": fake})
    assert response.status_code == 200
    assert "Tệp có đuôi .pdf nhưng không mở được như một tài liệu PDF" in response.content.decode()
    assert policy.attachments.count() == 0

    real = SimpleUploadedFile("van-ban.pdf", PDF_BYTES)
    response = admin_client.post(url, {**data, "attachments-0-file": real})
    assert response.status_code == 302
    attachment = policy.attachments.get()
    assert attachment.size == len(PDF_BYTES)


def test_wrong_extension_is_refused(admin_client, make_policy):
    policy = make_policy()
    data = with_attachment(policy, "Tệp")
    exe = SimpleUploadedFile("chuong-trinh.exe", b"MZ\x90\x00")
    response = admin_client.post(
        reverse("admin:policies_policy_change", args=[policy.pk]),
        {**data, "attachments-0-file": exe},
    )
    assert response.status_code == 200
    assert policy.attachments.count() == 0


def field_error(page, field):
    """The messages shown beside one field of the change form (Django's errorlist that the
    field's input names in aria-describedby)."""
    assert re.search(
        rf'<input type="file" name="{field}"[^>]*aria-describedby="[^"]*'
        rf"id_{field}_error",
        page,
    )
    found = re.search(rf'<ul class="errorlist" id="id_{field}_error">(.*?)</ul>', page, re.S)
    return re.findall(r"<li>(.*?)</li>", found.group(1)) if found else []


def test_a_fake_pdf_is_refused_with_a_vietnamese_message_beside_its_field(
    admin_client, make_policy
):
    policy = make_policy()
    url = reverse("admin:policies_policy_change", args=[policy.pk])
    fake = SimpleUploadedFile("van-ban.pdf", b"%PDF-1.7\n<html><script>alert(1)</script></html>")
    response = admin_client.post(
        url, {**with_attachment(policy, "Giả mạo"), "attachments-0-file": fake}
    )
    assert response.status_code == 200
    assert field_error(response.content.decode(), "attachments-0-file") == [
        "Tệp có đuôi .pdf nhưng không mở được như một tài liệu PDF có trang nội dung."
    ]
    assert policy.attachments.count() == 0


def test_a_web_page_named_mp3_is_refused_beside_the_recording_field(admin_client, make_policy):
    policy = make_policy()
    data = {
        **admin_form(policy),
        "recordings-TOTAL_FORMS": "1",
        "recordings-0-language": "vi",
        "recordings-0-file": SimpleUploadedFile("tom-tat.mp3", b"<html>" + b"x" * 3000),
    }
    response = admin_client.post(reverse("admin:policies_policy_change", args=[policy.pk]), data)
    assert response.status_code == 200
    assert field_error(response.content.decode(), "recordings-0-file") == [
        "Tệp có đuôi .mp3 nhưng nội dung không phải là âm thanh định dạng đó."
    ]
    assert policy.recordings.count() == 0

    data["recordings-0-file"] = SimpleUploadedFile("tom-tat.mp3", samples.audio("tone.mp3"))
    response = admin_client.post(reverse("admin:policies_policy_change", args=[policy.pk]), data)
    assert response.status_code == 302
    assert policy.recordings.get().file.read() == samples.audio("tone.mp3")


def test_saving_a_policy_does_not_read_its_stored_files_again(admin_client, housing_policy):
    """Files were checked when uploaded. A policy whose attachment went missing from storage (a
    database restored without its media) can still be edited, instead of a server error."""
    attachment = housing_policy.attachments.get()
    attachment.file.storage.delete(attachment.file.name)
    data = {
        **admin_form(housing_policy, summary_vi="Tóm tắt đã sửa."),
        **attachment_rows(attachment),
    }
    response = admin_client.post(
        reverse("admin:policies_policy_change", args=[housing_policy.pk]), data
    )
    assert response.status_code == 302
    housing_policy.refresh_from_db()
    assert housing_policy.summary_vi == "Tóm tắt đã sửa."
