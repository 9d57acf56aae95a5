"""Addresses of every content type with a slug (Sluggable): a renamed item keeps its old slug,
which no other item may take while it leads somewhere; the item may take it back."""

import re

import pytest
from django.core.exceptions import ValidationError

from tests.admin_pages import admin_url, post_form
from tests.factories import make, publishable_models
from ubdt_portal.publishing.models import Sluggable, SlugHistory, Status

pytestmark = pytest.mark.django_db
with_slugs = pytest.mark.parametrize(
    "model",
    [model for model in publishable_models() if issubclass(model, Sluggable)],
    ids=lambda model: model._meta.label_lower,
)


def renamed(model, old, new, **fields):
    item = make(model, slug=old, **fields)
    item.slug = new
    item.save()
    return item


@with_slugs
def test_renaming_keeps_the_old_slug_leading_to_the_item(model):
    item = renamed(model, "ten-cu", "ten-moi")
    assert model.from_old_slug("ten-cu") == item
    assert model.from_old_slug("ten-moi") is None
    again = renamed(model, "ten-dau", "ten-giua")
    again.slug = "ten-cuoi"
    again.save()
    assert model.from_old_slug("ten-dau") == model.from_old_slug("ten-giua") == again


@with_slugs
def test_another_items_old_slug_cannot_be_taken(model):
    owner = renamed(model, "ten-cu-da-doi", "ten-moi-da-doi")
    other = make(model, slug="ban-nhap-khac", status=Status.DRAFT)

    other.slug = "ten-cu-da-doi"
    with pytest.raises(ValidationError) as refused:
        other.full_clean()
    assert "slug" in refused.value.message_dict
    with pytest.raises(ValidationError):
        other.save()  # code that skips validation cannot take it either
    other.refresh_from_db()
    assert other.slug == "ban-nhap-khac"
    assert model.from_old_slug("ten-cu-da-doi") == owner


@with_slugs
def test_the_admin_refuses_another_items_old_slug_beside_the_field(client, chief, model):
    renamed(model, "dia-chi-cu", "dia-chi-moi")
    other = make(model, slug="mot-muc-khac", status=Status.DRAFT)
    client.force_login(chief)
    response = post_form(client, admin_url(model, "change", other.pk), model, slug="dia-chi-cu")
    assert response.status_code == 200
    slug_errors = re.search(
        r'<div class="[^"]*field-slug[^"]*">\s*<ul class="errorlist"[^>]*>(.*?)</ul>',
        response.content.decode(),
        re.S,
    )
    assert slug_errors and "“dia-chi-cu” là địa chỉ cũ của “" in slug_errors.group(1)
    other.refresh_from_db()
    assert other.slug == "mot-muc-khac"


@with_slugs
def test_an_item_takes_back_its_own_old_slug(model):
    item = renamed(model, "dia-chi-dau-tien", "dia-chi-thu-hai")
    item.slug = "dia-chi-dau-tien"
    item.full_clean()
    item.save()
    assert not SlugHistory.objects.filter(slug="dia-chi-dau-tien").exists()
    assert model.from_old_slug("dia-chi-thu-hai") == item


@with_slugs
def test_the_old_slug_of_a_deleted_item_is_free_again(model):
    gone = renamed(model, "se-bi-xoa", "da-xoa")
    gone.delete()
    assert model.from_old_slug("se-bi-xoa") is None
    other = make(model, slug="mot-muc-khac-han")
    other.slug = "se-bi-xoa"
    other.full_clean()
    other.save()
    assert model.objects.get(slug="se-bi-xoa") == other
