"""The public page of one item, for every content type: published items are shown, a renamed
item's old address leads to its new one, archived content says it was withdrawn, and nothing
else tells a draft from an address that never existed."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

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
    item.status = Status.ARCHIVED
    item.save()
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
    item.status = Status.ARCHIVED
    item.save()
    response = client.get(old_url)
    assert response.status_code == 410
    assert item.slug not in response.content.decode()


@every_content_type
def test_unknown_addresses_are_not_found(client, model):
    item = make(model)
    response = client.get(item.get_absolute_url().replace(item.slug, "khong-co-trang-nay"))
    assert response.status_code == 404
