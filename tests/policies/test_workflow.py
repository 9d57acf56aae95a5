"""The publishing workflow: who may publish, what the public sees, revisions, preview, renames."""

import re
from datetime import timedelta

import pytest
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


def test_editor_drafts_and_sends_for_review_but_cannot_publish(client, editor, make_policy):
    policy = make_policy(status=Status.DRAFT)
    client.force_login(editor)
    url = f"/quan-tri/policies/policy/{policy.pk}/change/"
    page = client.get(url).content.decode()
    assert 'value="review"' in page
    assert 'value="published"' not in page

    response = client.post(url, admin_form(policy, status="review", summary_vi="Tóm tắt mới."))
    assert response.status_code == 302
    policy.refresh_from_db()
    assert (policy.status, policy.summary_vi) == (Status.REVIEW, "Tóm tắt mới.")

    response = client.post(url, admin_form(policy, status="published"))
    assert response.status_code == 200  # the form refuses the choice
    policy.refresh_from_db()
    assert policy.status == Status.REVIEW


def test_editor_has_no_publish_actions(client, editor, make_policy):
    policy = make_policy(status=Status.REVIEW)
    client.force_login(editor)
    page = client.get("/quan-tri/policies/policy/").content.decode()
    assert "publish_selected" not in page
    client.post(
        "/quan-tri/policies/policy/",
        {"action": "publish_selected", "_selected_action": [policy.pk]},
    )
    policy.refresh_from_db()
    assert policy.status == Status.REVIEW


def test_editor_in_chief_publishes_and_withdraws(client, chief, make_policy):
    policy = make_policy(status=Status.REVIEW, publish_at=None)
    client.force_login(chief)
    client.post(
        "/quan-tri/policies/policy/",
        {"action": "publish_selected", "_selected_action": [policy.pk]},
    )
    policy.refresh_from_db()
    assert policy.status == Status.PUBLISHED and policy.is_public
    assert client.get(policy.get_absolute_url()).status_code == 200
    client.post(
        "/quan-tri/policies/policy/",
        {"action": "withdraw_selected", "_selected_action": [policy.pk]},
    )
    policy.refresh_from_db()
    assert policy.status == Status.DRAFT
    assert client.get(policy.get_absolute_url()).status_code == 404


def test_editor_in_chief_schedules_publication(client, chief, make_policy):
    policy = make_policy(status=Status.REVIEW, publish_at=None)
    client.force_login(chief)
    later = timezone.localtime() + timedelta(days=2)
    response = client.post(
        f"/quan-tri/policies/policy/{policy.pk}/change/",
        admin_form(
            policy,
            status="published",
            publish_at_0=later.strftime("%d/%m/%Y"),
            publish_at_1=later.strftime("%H:%M:%S"),
        ),
    )
    assert response.status_code == 302
    policy.refresh_from_db()
    assert policy.is_scheduled
    assert client.get(policy.get_absolute_url()).status_code == 404


def test_every_save_is_a_revision_with_who_and_what_and_can_be_restored(client, chief, make_policy):
    policy = make_policy(summary_vi="Bản đầu.")
    client.force_login(chief)
    url = f"/quan-tri/policies/policy/{policy.pk}/change/"
    client.post(url, admin_form(policy, summary_vi="Bản sửa lần hai.", summary_en="Second."))
    policy.refresh_from_db()
    latest, first = policy.history.all()[:2]
    assert latest.history_user == chief
    assert latest.summary_vi == "Bản sửa lần hai." and latest.summary_en == "Second."
    history_page = client.get(url.replace("change/", "history/")).content.decode()
    assert "Bản đầu." in history_page and "Bản sửa lần hai." in history_page

    # Restore the first revision through simple-history's revert form, which comes filled
    # with that revision's values.
    revert_url = url.replace("change/", f"history/{first.history_id}/")
    form = client.get(revert_url).content.decode()
    assert re.search(r'name="summary_vi"[^>]*>\s*Bản đầu\.</textarea>', form)
    assert "Bản sửa lần hai." not in form
    client.post(revert_url, admin_form(policy, summary_vi="Bản đầu.", summary_en=""))
    policy.refresh_from_db()
    assert policy.summary_vi == "Bản đầu."
    assert policy.history.count() == 3


def test_preview_shows_a_draft_to_staff_only(client, editor, make_policy):
    draft = make_policy(title_vi="Bản nháp chính sách mới", status=Status.DRAFT)
    url = draft.get_preview_url()
    response = client.get(url)
    assert response.status_code == 302 and "/quan-tri/login/" in response.headers["Location"]
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


def test_an_editor_cannot_republish_by_restoring_an_old_revision(
    client, editor, chief, make_policy
):
    policy = make_policy(summary_vi="Đang công khai.")  # published
    published_revision = policy.history.first()
    client.force_login(chief)
    client.post(
        "/quan-tri/policies/policy/",
        {"action": "withdraw_selected", "_selected_action": [policy.pk]},
    )
    policy.refresh_from_db()
    assert policy.status == Status.DRAFT

    client.force_login(editor)
    revert_url = f"/quan-tri/policies/policy/{policy.pk}/history/{published_revision.history_id}/"
    response = client.post(revert_url, admin_form(policy, status="draft"))
    policy.refresh_from_db()
    assert response.status_code == 403
    assert policy.status == Status.DRAFT
    assert client.get(policy.get_absolute_url()).status_code == 404


def test_published_policies_are_read_only_for_editors(client, editor, make_policy):
    policy = make_policy(summary_vi="Bản đã công bố.")
    client.force_login(editor)
    url = f"/quan-tri/policies/policy/{policy.pk}/change/"
    page = client.get(url).content.decode()
    assert 'name="summary_vi"' not in page  # shown, not editable
    assert "Bản đã công bố." in page
    response = client.post(url, admin_form(policy, summary_vi="Sửa lén."))
    assert response.status_code == 403
    policy.refresh_from_db()
    assert policy.summary_vi == "Bản đã công bố."


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


def test_a_draft_cannot_take_a_published_policys_old_address(client, editor, make_policy):
    published = make_policy(title_vi="Chính sách đã đổi tên")
    old_url = published.get_absolute_url()
    published.slug = "chinh-sach-ten-moi"
    published.save()
    draft = make_policy(title_vi="Một bản nháp", status=Status.DRAFT)

    client.force_login(editor)
    response = client.post(
        f"/quan-tri/policies/policy/{draft.pk}/change/",
        admin_form(draft, slug="chinh-sach-da-doi-ten"),
    )
    assert response.status_code == 200
    # The message sits in the slug field's own error list, in Vietnamese.
    slug_errors = re.search(
        r'<div class="[^"]*field-slug[^"]*">\s*<ul class="errorlist"[^>]*>(.*?)</ul>',
        response.content.decode(),
        re.S,
    )
    assert slug_errors
    assert "“chinh-sach-da-doi-ten” là địa chỉ cũ của “" in slug_errors.group(1)
    draft.refresh_from_db()
    assert draft.slug == "mot-ban-nhap"
    response = client.get(old_url)
    assert response.status_code == 301
    assert response.headers["Location"] == "/chinh-sach/chinh-sach-ten-moi/"
