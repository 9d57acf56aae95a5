import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile

from news.models import Article
from tests import factories, samples
from ubdt_portal.images.models import Image


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    # imagekit remembers in the cache which renditions exist; those of another test's media
    # folder (same names, demo pictures) must not stop this test's from being made.
    cache.clear()


@pytest.fixture(autouse=True)
def alerts_not_cached():
    """The cached alerts of one test (whose database is rolled back) never reach another."""
    from news.alerts import CACHE_KEY

    cache.delete(CACHE_KEY)
    yield
    cache.delete(CACHE_KEY)


@pytest.fixture
def make_article(db):
    """A published article (tests.factories), with its lists set."""

    def make(**fields):
        relations = {name: fields.pop(name, []) for name in ("ethnic_groups", "provinces")}
        article = factories.make(Article, **fields)
        for name, values in relations.items():
            getattr(article, name).set(values)
        return article

    return make


@pytest.fixture(scope="session")
def photo_bytes():
    return samples.photo()


@pytest.fixture
def picture(db, photo_bytes):
    image = Image(
        file=ContentFile(photo_bytes, name="ruong-bac-thang.jpg"),
        alt_vi="Ruộng bậc thang dưới chân núi",
        caption_vi="Ruộng bậc thang ở Lào Cai (ảnh thử)",
    )
    image.full_clean()
    image.save()
    return image


@pytest.fixture
def flood_article(make_article, picture):
    from ubdt_portal.reference.models import EthnicGroup, Province

    return make_article(
        title_vi="Lũ quét ở vùng núi: bà con cần làm gì",
        title_en="Flash floods in the mountains: what to do",
        lead_vi="Những việc cần làm ngay khi có cảnh báo lũ quét.",
        lead_en="What to do at once when a flash flood is announced.",
        body_vi="<p>Đưa người già và trẻ em đến nơi an toàn.</p><script>alert(1)</script>",
        author_vi="Phóng viên thử",
        category=factories.news_category("phong-chong-thien-tai", "Phòng, chống thiên tai"),
        image=picture,
        ethnic_groups=[EthnicGroup.objects.get(slug="mong")],
        provinces=[Province.objects.get(slug="lao-cai")],
    )
