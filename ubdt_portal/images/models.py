"""One image with its text alternative, shown by any content that refers to it.

An image is stored once, with the description that screen readers speak instead (required) and
an optional caption and credit, and renditions are made when it is saved: a few widths, each in
WebP and in JPEG for browsers without WebP, without the camera's metadata (place, device). Pages
show it with `{% picture %}` (templatetags/images.py).

A content type uses images by referring to them (`image = models.ForeignKey("images.Image", …)`
on a Publishable model); an image and its renditions are public when any public content uses it.
"""

import functools
import posixpath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.utils.translation import gettext_lazy as _
from imagekit.models import ImageSpecField
from PIL import Image as PILImage
from pilkit.processors import ResizeToFit, Transpose

from ubdt_portal import uploads
from ubdt_portal.publishing.models import Publishable

# Where originals and renditions are stored (part of their public addresses).
ORIGINALS_DIR = "anh"
RENDITIONS_DIR = settings.IMAGEKIT_CACHEFILE_DIR
# The widths made for each image: a phone, a tablet or a column, a wide screen. An image
# narrower than a width is not enlarged.
WIDTHS = (360, 720, 1080)
# WebP for browsers that show it (all current ones), JPEG otherwise; (name, imagekit format).
FORMATS = (("webp", "WEBP"), ("jpeg", "JPEG"))
QUALITY = {"WEBP": 78, "JPEG": 82}
# The width the plain <img> falls back to.
FALLBACK_WIDTH = 720
# The smallest picture accepted: as wide as the narrowest rendition (a phone's screen), and not
# a sliver.
MIN_WIDTH = 360
MIN_HEIGHT = 180
# EXIF orientations that turn the picture a quarter: its displayed width is its stored height.
QUARTER_TURNS = {5, 6, 7, 8}


def displayed_size(file):
    """(width, height) as the image is shown, after the camera's orientation is applied."""
    file.seek(0)
    with PILImage.open(file) as image:
        width, height = image.size
        if image.getexif().get(0x0112) in QUARTER_TURNS:
            width, height = height, width
    file.seek(0)
    return width, height


class Image(models.Model):
    file = models.ImageField(
        _("image file"),
        upload_to=uploads.random_folder(ORIGINALS_DIR),
        db_index=True,  # served files are looked up by name
        validators=uploads.upload_validators("image"),
        help_text=_(
            "JPEG, PNG or WebP, up to 20 MB, at least 1080 pixels wide for a sharp picture on "
            "large screens."
        ),
    )
    alt = models.CharField(
        _("text alternative"),
        max_length=250,
        help_text=_(
            "What the picture shows, in one sentence, for people who cannot see it (read aloud by "
            "screen readers)."
        ),
        error_messages={
            "blank": _(
                "Describe what the picture shows: people who cannot see it hear this text instead."
            )
        },
    )
    caption = models.CharField(
        _("caption"),
        max_length=300,
        help_text=_("One line under the picture: what, where, when."),
        error_messages={"blank": _("Write a caption: what the picture shows, where and when.")},
    )
    credit = models.CharField(
        _("credit or source"),
        max_length=200,
        blank=True,
        help_text=_("Who took or made the picture, or where it comes from."),
    )
    width = models.PositiveIntegerField(_("width (pixels)"), editable=False, default=0)
    height = models.PositiveIntegerField(_("height (pixels)"), editable=False, default=0)
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def __str__(self):
        return self.alt or posixpath.basename(self.file.name)

    def clean(self):
        """Refuse a picture too small to be shown sharp on a phone (its content, size and pixel
        count are checked by the file's validators)."""
        super().clean()
        if not self.file or self.file._committed:
            return
        try:
            width, height = displayed_size(self.file)
        except (OSError, SyntaxError, ValueError, PILImage.DecompressionBombError):
            return  # not an image: the file's validators say so
        if width < MIN_WIDTH or height < MIN_HEIGHT:
            raise ValidationError(
                {
                    "file": ValidationError(
                        _(
                            "The picture is %(width)s × %(height)s pixels; it must be at least "
                            "%(min_width)s pixels wide and %(min_height)s high to be sharp on a "
                            "phone."
                        ),
                        code="too_small",
                        params={
                            "width": width,
                            "height": height,
                            "min_width": MIN_WIDTH,
                            "min_height": MIN_HEIGHT,
                        },
                    )
                }
            )

    def save(self, *args, **kwargs):
        # A new upload, or a file put into storage without a form (demo content).
        if self.file and (not self.file._committed or not self.width):
            self.width, self.height = displayed_size(self.file)
        replaced = self._replaced_file()
        super().save(*args, **kwargs)
        if replaced:
            # django-cleanup removes the replaced original; its renditions go with it.
            _delete_renditions_on_commit(Image(file=replaced))

    def _replaced_file(self):
        if self.pk is None:
            return None
        stored = Image.objects.filter(pk=self.pk).values_list("file", flat=True).first()
        return stored if stored and stored != self.file.name else None

    # Renditions ------------------------------------------------------------------------------

    def rendition(self, format_name, width):
        return getattr(self, f"{format_name}_{width}")

    def renditions(self):
        return [self.rendition(name, width) for name, _format in FORMATS for width in WIDTHS]

    def rendition_url(self, format_name, width):
        return _rendition_url(self.file.name, format_name, width, settings.MEDIA_URL)

    def rendition_size(self, width):
        """The (width, height) of the rendition made for `width`: never wider than the image."""
        actual = min(width, self.width)
        return actual, round(self.height * actual / self.width) if self.width else 0

    def srcset(self, format_name):
        """`url 360w, url 720w, …`, once for each distinct width."""
        entries = {}
        for width in WIDTHS:
            actual = self.rendition_size(width)[0]
            entries.setdefault(actual, self.rendition_url(format_name, width))
        return ", ".join(f"{url} {actual}w" for actual, url in entries.items())

    # Visibility ------------------------------------------------------------------------------

    def users(self):
        """A queryset per content type that refers to this image: the content that uses it."""
        for relation in self._meta.related_objects:
            if issubclass(relation.related_model, Publishable):
                manager = relation.related_model._default_manager
                yield manager.filter(**{relation.field.name: self})

    @property
    def is_public(self):
        """Shown on a public page: an image of drafts only stays as private as the drafts."""
        return any(users.published().exists() for users in self.users())


@functools.lru_cache(maxsize=8192)
def _rendition_url(file_name, format_name, width, media_url):
    """The address of a rendition, worked out once per original: imagekit names a rendition by
    hashing (pickling) its spec and the original's name on each access, which was most of the
    time of a news list (7 renditions a picture). Renditions are made when the original is
    saved (the Optimistic strategy), so the address says all; a replaced original has a new
    name. `media_url` is in the key because settings may change it (tests)."""
    return Image(file=file_name).rendition(format_name, width).url


def _rendition(width, image_format):
    return ImageSpecField(
        source="file",
        # Turned as the camera says first, since the metadata that says so is not kept.
        processors=[Transpose(), ResizeToFit(width=width, upscale=False)],
        format=image_format,
        options={"quality": QUALITY[image_format]},
    )


for _name, _format in FORMATS:
    for _width in WIDTHS:
        Image.add_to_class(f"{_name}_{_width}", _rendition(_width, _format))


def _delete_renditions_on_commit(image):
    names = [rendition.name for rendition in image.renditions()]
    storage = image.file.storage

    def delete():
        for name in names:
            storage.delete(name)

    transaction.on_commit(delete)


def _delete_renditions(sender, instance, **kwargs):
    # The original leaves storage with django-cleanup; its renditions go at the same moment.
    _delete_renditions_on_commit(instance)


def connect_signals():
    post_delete.connect(_delete_renditions, sender=Image, dispatch_uid="images_renditions")
