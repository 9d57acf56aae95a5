"""A shared image: required text alternative, renditions of the declared widths in WebP with a
smaller-than-JPEG size, a <picture> that reserves its space, and files as private as the content
that uses them."""

import io
import re

import pytest
from django.apps import apps
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, models
from django.template import Context, Template
from django.urls import reverse
from PIL import Image as PILImage
from PIL import ImageDraw

from ubdt_portal.images.models import WIDTHS, Image
from ubdt_portal.publishing.models import Publishable, Status

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def photo(width=1200, height=750, image_format="JPEG", name="ruong-bac-thang.jpg", **save):
    """A photograph-like picture: gradients and shapes, so that encoders have work to do."""
    picture = PILImage.new("RGB", (width, height))
    draw = ImageDraw.Draw(picture)
    for y in range(0, height, 4):
        draw.rectangle([0, y, width, y + 4], fill=(40 + y % 180, 120 + y % 100, 60 + y % 50))
    for n in range(30):
        x, y = (n * 97) % width, (n * 61) % height
        draw.ellipse([x, y, x + width // 8, y + height // 8], fill=(200, 160 - n * 3, 40 + n * 5))
    data = io.BytesIO()
    picture.save(data, image_format, **save)
    return SimpleUploadedFile(name, data.getvalue())


def make_image(**fields):
    image = Image(file=fields.pop("file", None) or photo(), **fields)
    image.alt_vi = fields.get("alt_vi", "Ruộng bậc thang ở Mù Cang Chải")
    image.caption_vi = fields.get("caption_vi", "Mùa nước đổ ở Mù Cang Chải, Lào Cai")
    image.full_clean()
    image.save()
    return image


def test_the_text_alternative_is_required_with_a_vietnamese_message():
    image = Image(file=photo(), alt_vi="")
    with pytest.raises(ValidationError) as error:
        image.full_clean()
    assert error.value.message_dict["alt_vi"] == [
        "Hãy mô tả bức ảnh thể hiện điều gì: người không nhìn thấy ảnh sẽ nghe đoạn văn này thay "
        "cho ảnh."
    ]


def test_a_file_that_is_not_an_image_is_refused():
    image = Image(file=SimpleUploadedFile("anh.jpg", b"<html>not a picture</html>"), alt_vi="Ảnh")
    with pytest.raises(ValidationError) as error:
        image.full_clean()
    assert "file" in error.value.message_dict


def test_the_size_is_stored_as_the_picture_is_shown():
    image = make_image()
    assert (image.width, image.height) == (1200, 750)
    # A phone photo stored sideways, with the camera's "turn it a quarter" in its metadata.
    exif = PILImage.Exif()
    exif[0x0112] = 6
    turned = make_image(file=photo(1200, 750, exif=exif.tobytes()))
    assert (turned.width, turned.height) == (750, 1200)
    with PILImage.open(turned.rendition("jpeg", 360).file) as rendition:
        assert rendition.size == (360, 576)


def opened(rendition):
    rendition.file.seek(0)
    return PILImage.open(rendition.file)


def test_renditions_have_the_declared_widths_in_webp_and_jpeg():
    image = make_image()
    for width in WIDTHS:
        with opened(image.rendition("webp", width)) as webp:
            assert (webp.format, webp.size) == ("WEBP", (width, round(750 * width / 1200)))
        with opened(image.rendition("jpeg", width)) as jpeg:
            assert (jpeg.format, jpeg.size) == ("JPEG", (width, round(750 * width / 1200)))


def test_webp_renditions_are_smaller_than_their_jpeg_fallbacks():
    image = make_image()
    for width in WIDTHS:
        assert image.rendition("webp", width).size < image.rendition("jpeg", width).size


def test_a_small_image_is_not_enlarged_and_each_width_is_offered_once():
    image = make_image(file=photo(500, 400))
    with opened(image.rendition("jpeg", 1080)) as largest:
        assert largest.size == (500, 400)
    widths = re.findall(r" (\d+)w", image.srcset("webp"))
    assert widths == ["360", "500"]


def test_a_png_with_transparency_gets_a_jpeg_fallback():
    image = make_image(file=photo(800, 600, "PNG", name="so-do.png"))
    with opened(image.rendition("jpeg", 720)) as jpeg:
        assert jpeg.format == "JPEG"


def render(template, **context):
    return Template("{% load images %}" + template).render(Context(context))


def test_the_picture_reserves_its_space_and_offers_every_width():
    image = make_image()
    html = render('{% picture image sizes="(min-width: 48rem) 45rem, 100vw" %}', image=image)
    source = re.search(r"<source [^>]*>", html).group()
    img = re.search(r"<img [^>]*>", html, re.S).group()
    assert 'type="image/webp"' in source
    assert 'sizes="(min-width: 48rem) 45rem, 100vw"' in source
    assert [int(w) for w in re.findall(r" (\d+)w", source)] == list(WIDTHS)
    assert [int(w) for w in re.findall(r" (\d+)w", img)] == list(WIDTHS)
    assert 'width="720" height="450"' in img
    assert 'alt="Ruộng bậc thang ở Mù Cang Chải"' in img
    assert 'loading="lazy"' in img and 'decoding="async"' in img
    assert image.rendition("jpeg", 720).url in img


def test_an_image_seen_without_scrolling_is_not_lazy():
    html = render("{% picture image lazy=False %}", image=make_image())
    assert "loading=" not in html


def test_the_caption_and_credit_go_under_the_picture():
    image = make_image(caption_vi="Mùa lúa chín", credit="Báo Dân tộc và Phát triển")
    html = render("{% picture image %}", image=image)
    assert re.search(r"<figcaption>Mùa lúa chín\s*<span[^>]*>Ảnh: Báo Dân tộc", html)
    assert "<figure" not in render("{% picture image caption=False %}", image=image)


# Visibility -------------------------------------------------------------------------------------


@pytest.fixture
def article_model():
    """Content that shows an image, as a news article will: a Publishable with a ForeignKey to
    Image, its table made for this test and gone with the test's transaction."""

    class Article(Publishable):
        image = models.ForeignKey(Image, null=True, on_delete=models.SET_NULL)

        class Meta:
            app_label = "images"

    with connection.schema_editor() as editor:
        editor.create_model(Article)
    yield Article
    del apps.all_models["images"]["article"]
    apps.clear_cache()


def rendition_urls(image):
    return [rendition.url for rendition in image.renditions()]


def test_an_image_that_no_content_uses_is_not_served(client):
    image = make_image()
    for url in rendition_urls(image):
        assert client.get(url).status_code == 404


def test_renditions_are_served_when_public_content_uses_the_image(client, article_model):
    image = make_image()
    article_model.objects.create(image=image, status=Status.PUBLISHED)
    for url in rendition_urls(image):
        response = client.get(url)
        assert response.status_code == 200
        extension = url.rsplit(".", 1)[1]
        assert response["Content-Type"] == {"webp": "image/webp", "jpg": "image/jpeg"}[extension]
        assert "public" in response["Cache-Control"]


def test_renditions_of_an_image_used_only_by_drafts_are_not_found(client, article_model):
    image = make_image()
    article_model.objects.create(image=image, status=Status.DRAFT)
    for url in rendition_urls(image):
        assert client.get(url).status_code == 404


def test_the_original_is_for_staff_only_even_when_public(client, article_model, django_user_model):
    # The original may carry the camera's metadata (where it was taken); renditions do not.
    image = make_image()
    article_model.objects.create(image=image, status=Status.PUBLISHED)
    assert client.get(image.file.url).status_code == 404
    editor = django_user_model.objects.create_user("bien-tap", password="x", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="view_image"))
    client.force_login(editor)
    response = client.get(image.file.url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_only_the_renditions_an_image_has_are_served(client, article_model):
    image = make_image()
    article_model.objects.create(image=image, status=Status.PUBLISHED)
    known = image.rendition("webp", 360).url
    assert client.get(re.sub(r"/[0-9a-f]+\.webp$", "/0123.webp", known)).status_code == 404


def test_deleting_an_image_deletes_its_renditions(django_capture_on_commit_callbacks):
    image = make_image()
    storage = image.file.storage
    names = [rendition.name for rendition in image.renditions()]
    assert all(storage.exists(name) for name in names)
    with django_capture_on_commit_callbacks(execute=True):
        image.delete()
    assert not any(storage.exists(name) for name in names)


def test_replacing_the_file_replaces_its_renditions(django_capture_on_commit_callbacks):
    image = make_image()
    storage = image.file.storage
    old = [rendition.name for rendition in image.renditions()]
    with django_capture_on_commit_callbacks(execute=True):
        image.file = photo(800, 800, name="nha-san.jpg")
        image.save()
    assert (image.width, image.height) == (800, 800)
    assert not any(storage.exists(name) for name in old)
    assert all(storage.exists(rendition.name) for rendition in image.renditions())


# Admin ------------------------------------------------------------------------------------------


def test_the_admin_lists_images_with_a_thumbnail(admin_client):
    image = make_image()
    page = admin_client.get(reverse("admin:images_image_changelist")).content.decode()
    assert image.rendition("webp", 360).url in page
    assert "Ruộng bậc thang ở Mù Cang Chải" in page


def test_the_admin_refuses_an_image_without_its_text_alternative_or_caption(admin_client):
    response = admin_client.post(
        reverse("admin:images_image_add"),
        {"file": photo(), "alt_vi": "", "caption_vi": "", "credit": ""},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Hãy mô tả bức ảnh thể hiện điều gì" in html
    assert "Hãy viết chú thích" in html
    assert not Image.objects.exists()


def test_the_thumbnail_in_the_admin_is_sized_by_a_stylesheet_not_inline_style(admin_client):
    make_image()
    html = admin_client.get(reverse("admin:images_image_changelist")).content.decode()
    assert 'class="image-preview"' in html and "style=" not in html.split("<body", 1)[1]
    assert "images/admin" in html


def test_a_picture_too_small_for_a_phone_is_refused_with_a_vietnamese_message():
    image = Image(file=photo(300, 200), alt_vi="Ảnh nhỏ", caption_vi="Ảnh nhỏ")
    with pytest.raises(ValidationError) as error:
        image.full_clean()
    assert error.value.message_dict["file"] == [
        "Ảnh có kích thước 300 × 200 điểm ảnh; ảnh cần rộng ít nhất 360 điểm ảnh và cao ít nhất "
        "180 điểm ảnh để hiện rõ trên điện thoại."
    ]
    thin = Image(file=photo(1200, 100), alt_vi="Ảnh dải", caption_vi="Ảnh dải")
    with pytest.raises(ValidationError):
        thin.full_clean()
    make_image(file=photo(360, 180))  # the smallest accepted
