"""What the public sees of every publishable content type: `published()` and `is_public` agree,
and a scheduled item appears when its time comes, with nothing saved in between."""

from datetime import timedelta
from unittest import mock

import pytest
from django.utils import timezone

from tests.factories import make, publishable_models
from ubdt_portal.publishing.models import Status

pytestmark = pytest.mark.django_db
every_model = pytest.mark.parametrize(
    "model", publishable_models(), ids=lambda model: model._meta.label_lower
)


def is_published(item):
    return type(item).objects.published().filter(pk=item.pk).exists()


@every_model
@pytest.mark.parametrize(
    ("status", "minutes", "public"),
    [
        (Status.DRAFT, -5, False),
        (Status.REVIEW, -5, False),
        (Status.ARCHIVED, -5, False),
        (Status.PUBLISHED, 60, False),  # scheduled for later
        (Status.PUBLISHED, -5, True),
    ],
)
def test_only_published_items_whose_time_has_come_are_public(model, status, minutes, public):
    item = make(model, status=status, publish_at=timezone.now() + timedelta(minutes=minutes))
    assert is_published(item) is public
    assert type(item).objects.get(pk=item.pk).is_public is public
    assert item.is_scheduled is (status == Status.PUBLISHED and not public)


@every_model
def test_a_scheduled_item_becomes_public_when_its_time_comes(model):
    due = timezone.now() + timedelta(days=2)
    item = make(model, status=Status.PUBLISHED, publish_at=due)
    with mock.patch("django.utils.timezone.now", return_value=due - timedelta(minutes=1)):
        assert not is_published(item) and not item.is_public
    with mock.patch("django.utils.timezone.now", return_value=due + timedelta(minutes=1)):
        assert is_published(item) and item.is_public and not item.is_scheduled


@every_model
def test_publishing_without_a_time_publishes_at_once(model):
    before = timezone.now()
    item = make(model, status=Status.DRAFT, publish_at=None)
    assert item.publish_at is None and not is_published(item)
    item.status = Status.PUBLISHED
    item.save()
    assert before <= item.publish_at <= timezone.now()
    assert is_published(item)
