"""Benefits under the publishing workflow: what the public sees in their pages, the preview,
and the revisions of their own fields (the workflow itself is tested for every content type
in tests/ubdt_portal/publishing/)."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from policies.models import Benefit
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
    client, make_benefit, status, minutes, visible
):
    benefit = make_benefit(
        title_vi="Chế độ kiểm tra hiển thị",
        status=status,
        publish_at=timezone.now() + timedelta(minutes=minutes),
    )
    assert (client.get(benefit.get_absolute_url()).status_code == 200) is visible
    for url in ("/chinh-sach/", "/chinh-sach/danh-cho-toi/?province=lao-cai"):
        assert ("Chế độ kiểm tra hiển thị" in client.get(url).content.decode()) is visible
    search = client.get("/tim-kiem/", {"q": "kiem tra hien thi"}).content.decode()
    assert ("Chế độ kiểm tra hiển thị" in search) is visible


def test_a_successor_that_is_not_public_is_never_named(client, make_benefit):
    successor = make_benefit(title_vi="Chế độ mới chưa công bố", status=Status.DRAFT)
    ended = make_benefit(successor=successor, ends_on=timezone.localdate() - timedelta(days=1))
    assert "Chế độ mới chưa công bố" not in client.get(ended.get_absolute_url()).content.decode()


def test_preview_shows_a_draft_to_staff_only(client, editor, make_benefit):
    draft = make_benefit(
        title_vi="Bản nháp chế độ mới", status=Status.DRAFT, amounts=[("15 kg gạo", "mỗi tháng")]
    )
    url = draft.get_preview_url()
    response = client.get(url)
    assert response.status_code == 302
    assert response.headers["Location"].startswith(reverse("admin:login"))
    client.force_login(editor)
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bản nháp chế độ mới" in html and "15 kg gạo" in html
    assert "Xem trước" in html
    assert response.headers["X-Robots-Tag"] == "noindex, nofollow"


def test_history_keeps_targeting_changes(make_benefit):
    from ubdt_portal.reference.models import Topic

    benefit = make_benefit()
    health = Topic.objects.get(slug="y-te-dan-so")
    benefit.topics.add(health)
    benefit.save()
    latest, earlier = benefit.history.first(), benefit.history.last()
    assert [row.topic for row in latest.topics.all()] == [health]
    assert "topics" in {change.field for change in latest.diff_against(earlier).changes}


def test_saving_in_another_language_never_copies_the_vietnamese_text_into_it(make_benefit):
    from django.utils import translation

    benefit = make_benefit(steps_vi="Nộp đơn tại xã")
    with translation.override("en"):
        benefit = Benefit.objects.get(pk=benefit.pk)
        benefit.summary_en = "Only the summary is translated."
        benefit.save()
    benefit.refresh_from_db()
    assert benefit.steps_en in (None, "")
    assert benefit.steps_vi == "Nộp đơn tại xã"
