"""Policies under the publishing workflow: what the public sees in their pages, the preview,
renamed addresses and the revisions of their own fields (the workflow itself is tested for every
content type in tests/ubdt_portal/publishing/)."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from policies.models import Policy
from ubdt_portal.publishing.models import Status

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("status", "minutes", "visible"),
    [
        (Status.DRAFT, -5, False),
        (Status.REVIEW, -5, False),
        (Status.ARCHIVED, -5, False),
        (Status.PUBLISHED, 60, False),  # scheduled for later
        (Status.PUBLISHED, -5, True),
    ],
)
def test_only_published_content_whose_time_has_come_is_public(
    client, make_policy, status, minutes, visible
):
    policy = make_policy(
        title_vi="Chính sách kiểm tra hiển thị",
        status=status,
        publish_at=timezone.now() + timedelta(minutes=minutes),
    )
    assert (client.get(policy.get_absolute_url()).status_code == 200) is visible
    assert (
        "Chính sách kiểm tra hiển thị" in client.get("/chinh-sach/").content.decode()
    ) is visible
    search = client.get("/tim-kiem/", {"q": "kiem tra hien thi"}).content.decode()
    assert ("Chính sách kiểm tra hiển thị" in search) is visible


def admin_form(policy, **changes):
    """The policy's admin change form as a browser would post it back."""
    data = {
        "document_number": policy.document_number,
        "document_type": policy.document_type,
        "issuing_agency_vi": policy.issuing_agency_vi,
        "signed_date": policy.signed_date.strftime("%d/%m/%Y"),
        "title_vi": policy.title_vi,
        "summary_vi": policy.summary_vi,
        "slug": policy.slug,
        "status": policy.status,
        "last_reviewed": policy.last_reviewed.strftime("%d/%m/%Y"),
    }
    for prefix in ("attachments", "recordings", "updates"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    data.update(changes)
    return data


def attachment_rows(attachment, **extra):
    """The attachments inline holding `attachment`, as the change form posts it back."""
    row = {
        "id": str(attachment.pk),
        "policy": str(attachment.policy_id),
        "title_vi": attachment.title_vi,
        "order": "0",
        **extra,
    }
    return {
        "attachments-TOTAL_FORMS": "1",
        "attachments-INITIAL_FORMS": "1",
        **{f"attachments-0-{name}": value for name, value in row.items()},
    }


def test_preview_shows_a_draft_to_staff_only(client, editor, make_policy):
    draft = make_policy(title_vi="Bản nháp chính sách mới", status=Status.DRAFT)
    url = draft.get_preview_url()
    response = client.get(url)
    assert response.status_code == 302
    assert response.headers["Location"].startswith(reverse("admin:login"))
    client.force_login(editor)
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bản nháp chính sách mới" in html
    assert "Xem trước" in html
    assert response.headers["X-Robots-Tag"] == "noindex, nofollow"


def test_a_renamed_policy_answers_its_old_address_with_a_301(client, make_policy):
    policy = make_policy(title_vi="Tên cũ của chính sách")
    old_url = policy.get_absolute_url()
    policy.slug = "ten-moi-cua-chinh-sach"
    policy.save()
    response = client.get(old_url)
    assert response.status_code == 301
    assert response.headers["Location"] == "/chinh-sach/ten-moi-cua-chinh-sach/"
    response = client.get("/en" + old_url)
    assert response.status_code == 301
    assert response.headers["Location"] == "/en/chinh-sach/ten-moi-cua-chinh-sach/"


def test_history_keeps_targeting_changes(make_policy):
    from ubdt_portal.reference.models import Topic

    policy = make_policy()
    health = Topic.objects.get(slug="y-te-dan-so")
    policy.topics.add(health)
    policy.save()
    latest, earlier = policy.history.first(), policy.history.last()
    assert [row.topic for row in latest.topics.all()] == [health]
    assert list(earlier.topics.all()) == []
    assert "topics" in {change.field for change in latest.diff_against(earlier).changes}


def test_saving_in_another_language_never_copies_the_vietnamese_text_into_it(make_policy):
    from django.utils import translation

    policy = make_policy(full_text_vi="<p>Chỉ có tiếng Việt.</p>")
    with translation.override("en"):
        policy = Policy.objects.get(pk=policy.pk)
        policy.summary_en = "Only the summary is translated."
        policy.save()
    policy.refresh_from_db()
    assert policy.full_text_en in (None, "")
    assert policy.full_text_vi == "<p>Chỉ có tiếng Việt.</p>"
