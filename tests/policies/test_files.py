"""A policy's attachments and recordings are downloadable while the policy is public and not
otherwise; they are served with their type, name and nosniff; deleting one deletes its file."""

import re
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from accounts import roles
from policies.models import PolicyAttachment, PolicyAudio
from tests import samples
from ubdt_portal.publishing.models import Status

from .conftest import MP3_BYTES, PDF_BYTES
from .test_workflow import admin_form, attachment_rows

pytestmark = pytest.mark.django_db


def media_links(page):
    return re.findall(r'(?:href|src)="(/media/[^"]+)"', page)


def test_the_files_linked_from_a_policy_page_download(client, housing_policy):
    """A citizen on the policy page opens the full text and plays the summary."""
    page = client.get(housing_policy.get_absolute_url()).content.decode()
    links = media_links(page)
    attachment = housing_policy.attachments.get()
    recording = housing_policy.recordings.get()
    assert set(links) == {attachment.file.url, recording.file.url}
    for link in links:
        response = client.get(link)
        assert response.status_code == 200
        body = b"".join(response.streaming_content)
        assert body == (PDF_BYTES if link.endswith(".pdf") else MP3_BYTES)


def test_a_document_downloads_with_its_type_its_name_and_nosniff(client, housing_policy):
    attachment = housing_policy.attachments.get()
    response = client.get(attachment.file.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="1719-qd-ttg.pdf"'
    assert response["Content-Length"] == str(len(PDF_BYTES))
    assert response["X-Content-Type-Options"] == "nosniff"
    assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=3600"}
    assert "Cookie" not in response.get("Vary", "")


def test_a_vietnamese_file_name_is_kept_for_the_download(client, housing_policy):
    attachment = PolicyAttachment.objects.create(
        policy=housing_policy,
        title_vi="Hướng dẫn",
        file=ContentFile(samples.docx(), name="Hướng dẫn thực hiện.docx"),
    )
    response = client.get(attachment.file.url)
    assert response.status_code == 200
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    # RFC 6266: the UTF-8 name, percent-encoded.
    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''H%C6%B0%E1%BB%9Bng_d%E1%BA%ABn_th%E1%BB%B1c_hi%E1%BB%87n.docx"
    )


def test_a_recording_plays_in_the_page(client, housing_policy):
    response = client.get(housing_policy.recordings.get().file.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "audio/mpeg"
    assert response["Content-Disposition"] == 'inline; filename="tom-tat.mp3"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert client.head(housing_policy.recordings.get().file.url).status_code == 200


def test_a_download_takes_few_queries(client, housing_policy, django_assert_max_num_queries):
    url = housing_policy.recordings.get().file.url
    with django_assert_max_num_queries(2):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    "change",
    [
        {"status": Status.DRAFT},
        {"status": Status.REVIEW},
        {"status": Status.ARCHIVED},
        {"publish_at": timezone.now() + timedelta(days=1)},  # scheduled
    ],
    ids=["draft", "in-review", "archived", "scheduled"],
)
def test_files_of_content_that_is_not_public_are_not_found(client, housing_policy, change):
    for field, value in change.items():
        setattr(housing_policy, field, value)
    housing_policy.save()
    for link in (
        housing_policy.attachments.get().file.url,
        housing_policy.recordings.get().file.url,
    ):
        response = client.get(link)
        assert response.status_code == 404
        assert "Không tìm thấy trang" in response.content.decode()


def test_staff_who_may_view_a_draft_fetch_its_files_for_preview(client, housing_policy, staff):
    housing_policy.status = Status.DRAFT
    housing_policy.save()
    url = housing_policy.attachments.get().file.url

    client.force_login(staff(roles.QA_OFFICER))  # may view policies, not change them
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES
    # Never kept by a shared cache, nor by the browser once the draft is gone.
    assert set(response["Cache-Control"].split(", ")) == {"private", "no-store"}

    # The preview links to the same addresses.
    preview = client.get(housing_policy.get_preview_url()).content.decode()
    assert url in media_links(preview)

    client.force_login(staff(roles.SYSTEM_ADMIN))  # staff, but no right to see policies
    assert client.get(url).status_code == 404


def test_unknown_and_unowned_files_are_not_found(client, housing_policy, settings):
    attachment_url = housing_policy.attachments.get().file.url
    assert client.get(attachment_url.replace(".pdf", ".PDF")).status_code == 404
    assert client.get("/media/chinh-sach/khong-co.pdf").status_code == 404
    # A file in MEDIA_ROOT that no record owns (left behind, or put there by hand).
    stray = settings.MEDIA_ROOT / "chinh-sach" / "le.pdf"
    stray.write_bytes(PDF_BYTES)
    assert client.get("/media/chinh-sach/le.pdf").status_code == 404


def test_a_record_whose_file_is_missing_from_storage_is_not_found(client, housing_policy):
    attachment = housing_policy.attachments.get()
    attachment.file.storage.delete(attachment.file.name)
    assert client.get(attachment.file.url).status_code == 404


def test_behind_nginx_the_proxy_sends_the_bytes(client, housing_policy, settings):
    settings.MEDIA_ACCEL_REDIRECT_PREFIX = "/_tep_noi_bo/"
    recording = PolicyAudio.objects.get(policy=housing_policy)
    recording.file.save("tóm tắt.mp3", ContentFile(MP3_BYTES))
    response = client.get(recording.file.url)
    assert response.status_code == 200
    name = recording.file.name
    assert name.endswith("/tóm_tắt.mp3")
    assert response["X-Accel-Redirect"] == (
        "/_tep_noi_bo/" + name.replace("tóm_tắt", "t%C3%B3m_t%E1%BA%AFt")
    )
    assert response.content == b""
    assert response["Content-Type"] == "audio/mpeg"
    assert response["Content-Disposition"] == "inline; filename*=utf-8''t%C3%B3m_t%E1%BA%AFt.mp3"
    assert response["X-Content-Type-Options"] == "nosniff"

    housing_policy.status = Status.DRAFT
    housing_policy.save()
    response = client.get(recording.file.url)
    assert response.status_code == 404
    assert "X-Accel-Redirect" not in response


def test_files_are_read_only(client, housing_policy):
    url = housing_policy.attachments.get().file.url
    assert client.post(url).status_code == 405
    assert client.delete(url).status_code == 405


def _stored(field_file):
    return field_file.storage.exists(field_file.name)


def test_deleting_an_attachment_deletes_its_file_once_committed(
    housing_policy, django_capture_on_commit_callbacks
):
    attachment = housing_policy.attachments.get()
    file = attachment.file
    with django_capture_on_commit_callbacks() as callbacks:
        attachment.delete()
        # A deletion that is rolled back must leave the file in place.
        assert _stored(file)
    for callback in callbacks:
        callback()
    assert not _stored(file)


def test_removing_files_in_the_admin_deletes_them(
    admin_client, housing_policy, django_capture_on_commit_callbacks
):
    attachment = housing_policy.attachments.get()
    recording = housing_policy.recordings.get()
    old_attachment, old_recording = attachment.file, recording.file
    data = {
        **admin_form(housing_policy),
        **attachment_rows(attachment, DELETE="on"),
        # The recording is replaced by another file.
        "recordings-TOTAL_FORMS": "1",
        "recordings-INITIAL_FORMS": "1",
        "recordings-0-id": str(recording.pk),
        "recordings-0-policy": str(housing_policy.pk),
        "recordings-0-language": "vi",
        "recordings-0-file": SimpleUploadedFile("ban-moi.ogg", samples.audio("tone.ogg")),
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("admin:policies_policy_change", args=[housing_policy.pk]), data
        )
    assert response.status_code == 302
    assert not housing_policy.attachments.exists()
    assert not _stored(old_attachment)
    assert not _stored(old_recording)
    recording.refresh_from_db()
    assert recording.file.name.endswith("/ban-moi.ogg") and _stored(recording.file)


def test_deleting_a_policy_deletes_its_files(housing_policy, django_capture_on_commit_callbacks):
    files = [housing_policy.attachments.get().file, housing_policy.recordings.get().file]
    with django_capture_on_commit_callbacks(execute=True):
        housing_policy.delete()
    assert not any(_stored(file) for file in files)
