"""Demo content can ship files: each is stored once, under a fixed name, however often the demo
is seeded."""

from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from PIL import Image as PILImage

from tests import samples
from ubdt_portal.demo.media import copy_demo_file
from ubdt_portal.images.models import Image

pytestmark = pytest.mark.django_db

SAMPLES = Path(samples.__file__).parent


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def test_a_shipped_file_is_stored_once_under_a_fixed_name(settings):
    first = copy_demo_file(SAMPLES / "tone.mp3", "chinh-sach")
    second = copy_demo_file(SAMPLES / "tone.mp3", "chinh-sach")
    assert first == second == "chinh-sach/demo/tone.mp3"
    assert list((settings.MEDIA_ROOT / "chinh-sach" / "demo").iterdir()) == [
        settings.MEDIA_ROOT / first
    ]
    with default_storage.open(first, "rb") as stored:
        assert stored.read() == (SAMPLES / "tone.mp3").read_bytes()


def test_a_shipped_image_gets_its_size_and_renditions(tmp_path):
    shipped = tmp_path / "ruong-bac-thang.png"
    PILImage.new("RGB", (800, 500), (30, 120, 60)).save(shipped)
    image = Image.objects.create(file=copy_demo_file(shipped, "anh"), alt_vi="Ruộng bậc thang xanh")
    assert (image.width, image.height) == (800, 500)
    assert all(default_storage.exists(rendition.name) for rendition in image.renditions())
