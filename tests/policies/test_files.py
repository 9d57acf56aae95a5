"""A benefit's recordings play while the benefit is public and not otherwise."""

import re

import pytest

from ubdt_portal.publishing.models import Status

from .conftest import MP3_BYTES

pytestmark = pytest.mark.django_db


def media_links(page):
    return re.findall(r'(?:href|src)="(/media/[^"]+)"', page)


def test_the_recording_on_a_benefit_page_downloads(client, housing_benefit):
    page = client.get(housing_benefit.get_absolute_url()).content.decode()
    recording = housing_benefit.recordings.get()
    assert set(media_links(page)) == {recording.file.url}
    response = client.get(recording.file.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "audio/mpeg"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == MP3_BYTES


def test_a_draft_benefits_recording_is_not_served(client, housing_benefit, editor):
    url = housing_benefit.recordings.get().file.url
    housing_benefit.status = Status.DRAFT
    housing_benefit.save()
    assert client.get(url).status_code == 404
    client.force_login(editor)
    assert client.get(url).status_code == 200  # staff may check what they are preparing
