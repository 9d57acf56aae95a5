"""The public page of one item, for every content type: published items are shown, a renamed
item's old address leads to its new one, archived content says it was withdrawn, and nothing
else tells a draft from an address that never existed."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.admin_pages import admin_url
from tests.factories import make, publishable_models
from ubdt_portal.publishing.models import Status

pytestmark = pytest.mark.django_db

every_content_type = pytest.mark.parametrize(
    "model", publishable_models(), ids=lambda model: model._meta.label_lower
)

NOT_FOUND = "Không tìm thấy trang"
GONE = "Nội dung này đã được gỡ xuống"


def later():
    return timezone.now() + timedelta(days=1)


def earlier():
    return timezone.now() - timedelta(days=1)


@every_content_type
def test_a_published_item_is_shown_on_its_page(client, model):
    item = make(model)
    response = client.get(item.get_absolute_url())
    assert response.status_code == 200
    assert response.context["object"] == item
    assert "preview-banner" not in response.content.decode()


NOT_PUBLIC = {
    "draft": {"status": Status.DRAFT, "publish_at": None},
    "withdrawn-to-draft": {"status": Status.DRAFT, "publish_at": earlier},  # may come back
    "in-review": {"status": Status.REVIEW, "publish_at": None},
    "scheduled": {"status": Status.PUBLISHED, "publish_at": later},
    "archived-never-published": {"status": Status.ARCHIVED, "publish_at": None},
    "archived-before-its-time": {"status": Status.ARCHIVED, "publish_at": later},
    # A past publication time alone does not make archived content "withdrawn".
    "archived-with-a-past-time": {"status": Status.ARCHIVED, "publish_at": earlier},
}


def fields(case):
    return {name: value() if callable(value) else value for name, value in NOT_PUBLIC[case].items()}


@every_content_type
@pytest.mark.parametrize("case", NOT_PUBLIC)
def test_an_item_that_is_not_public_is_not_found(client, model, case):
    item = make(model, **fields(case))
    response = client.get(item.get_absolute_url())
    assert response.status_code == 404
    assert NOT_FOUND in response.content.decode()


@every_content_type
def test_archived_content_that_was_public_is_gone_and_says_where_to_look(client, model):
    item = make(model)
    title = item.slug_source()
    archive(item)
    response = client.get(item.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 410
    assert GONE in html
    assert "đã được lưu trữ và không còn công khai" in html
    if model.list_url_name:
        assert f'href="{reverse(model.list_url_name)}"' in html
    assert 'action="/tim-kiem/"' in html
    assert title not in html  # nothing about the item itself

    english = client.get("/en" + item.get_absolute_url())
    assert english.status_code == 410
    assert "This content has been withdrawn" in english.content.decode()


def rename(item):
    old_url = item.get_absolute_url()
    item.slug = f"{item.slug}-ten-moi"
    item.save()
    return old_url


@every_content_type
def test_a_renamed_items_old_address_answers_301_with_its_new_one(client, model):
    item = make(model)
    old_url = rename(item)
    response = client.get(old_url)
    assert response.status_code == 301
    assert response.headers["Location"] == item.get_absolute_url()
    assert client.get(response.headers["Location"]).status_code == 200


@every_content_type
@pytest.mark.parametrize("case", ["draft", "in-review", "scheduled", "archived-never-published"])
def test_the_old_address_of_a_renamed_item_that_is_not_public_is_not_found(client, model, case):
    item = make(model, **fields(case))
    old_url = rename(item)
    response = client.get(old_url)
    assert response.status_code == 404
    assert item.slug not in response.content.decode()


@every_content_type
def test_the_old_address_of_archived_content_is_gone_too(client, model):
    item = make(model)
    old_url = rename(item)
    archive(item)
    response = client.get(old_url)
    assert response.status_code == 410
    assert item.slug not in response.content.decode()


def archive(item):
    item.status = Status.ARCHIVED
    item.save()


@every_content_type
def test_archived_content_stays_gone_when_edited_in_the_archive(client, model):
    item = make(model)
    archive(item)
    item = type(item)._default_manager.get(pk=item.pk)
    old_url = rename(item)  # an edit that keeps it archived
    assert client.get(item.get_absolute_url()).status_code == 410
    assert client.get(old_url).status_code == 410


@every_content_type
@pytest.mark.parametrize("case", ["draft", "withdrawn-to-draft", "in-review"])
def test_content_archived_while_not_public_is_not_found(client, model, case):
    item = make(model, **fields(case))
    archive(item)
    response = client.get(item.get_absolute_url())
    assert response.status_code == 404
    assert GONE not in response.content.decode()


@every_content_type
def test_content_archived_before_its_scheduled_time_is_not_found_once_that_time_passes(
    client, model, monkeypatch
):
    publish_at = later()
    item = make(model, status=Status.PUBLISHED, publish_at=publish_at)
    archive(item)
    after_its_time = publish_at + timedelta(hours=1)
    monkeypatch.setattr(timezone, "now", lambda: after_its_time)
    assert client.get(item.get_absolute_url()).status_code == 404


@every_content_type
def test_the_old_address_of_content_archived_while_not_public_is_not_found(client, model):
    item = make(model, **fields("withdrawn-to-draft"))
    old_url = rename(item)
    archive(item)
    response = client.get(old_url)
    assert response.status_code == 404
    assert item.slug not in response.content.decode()


@every_content_type
def test_republished_content_is_shown_again_and_no_longer_counts_as_withdrawn(client, model):
    item = make(model)
    archive(item)
    assert item.archived_while_public_at is not None
    item.status = Status.PUBLISHED
    item.save()
    assert client.get(item.get_absolute_url()).status_code == 200
    item.refresh_from_db()
    assert item.archived_while_public_at is None
    # Withdrawn to draft from there, then archived: it was not public when archived.
    item.status = Status.DRAFT
    item.save()
    archive(item)
    assert client.get(item.get_absolute_url()).status_code == 404


@every_content_type
def test_the_archive_action_tells_public_content_from_content_that_never_was(client, chief, model):
    public = make(model)
    draft = make(model, **fields("withdrawn-to-draft"))
    client.force_login(chief)
    client.post(
        admin_url(model, "changelist"),
        {"action": "archive_selected", "_selected_action": [public.pk, draft.pk]},
    )
    client.logout()
    assert client.get(public.get_absolute_url()).status_code == 410
    assert client.get(draft.get_absolute_url()).status_code == 404


@every_content_type
def test_unknown_addresses_are_not_found(client, model):
    item = make(model)
    response = client.get(item.get_absolute_url().replace(item.slug, "khong-co-trang-nay"))
    assert response.status_code == 404
