"""The upload view never reaches outside MEDIA_ROOT, nor any file that no registered record
owns, whatever the address looks like."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from ubdt_portal.files import registry
from ubdt_portal.reference.models import Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    (tmp_path / "media" / "chinh-sach").mkdir(parents=True)
    (tmp_path / "media" / "chinh-sach" / "le.txt").write_text("trong MEDIA_ROOT")
    (tmp_path / "settings.py").write_text("SECRET_KEY = 'bi-mat'")
    return tmp_path


@pytest.mark.parametrize(
    "path",
    [
        "/media/../settings.py",
        "/media/chinh-sach/../../settings.py",
        "/media/%2e%2e/settings.py",
        "/media/%2E%2E%2Fsettings.py",
        "/media/chinh-sach/..%2f..%2fsettings.py",
        "/media/%252e%252e/settings.py",
        "/media/..%5csettings.py",
        "/media//etc/passwd",
        "/media/./chinh-sach/le.txt",
        "/media/chinh-sach/le.txt",
        "/media/chinh-sach/",
        "/media/",
    ],
)
def test_no_address_reaches_a_file_outside_what_records_own(client, media, path):
    response = client.get(path)
    assert response.status_code == 404
    assert b"bi-mat" not in response.content and b"trong MEDIA_ROOT" not in response.content


def test_a_nul_byte_is_a_bad_request(client, media):
    assert client.get("/media/chinh-sach/le.txt%00.pdf").status_code == 400


def test_only_files_of_publishable_content_can_be_served():
    with pytest.raises(ImproperlyConfigured):
        registry.register(Topic, "name")
