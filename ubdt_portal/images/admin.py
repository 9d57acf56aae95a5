from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from ubdt_portal.admin_lists import OfferedFiltersAdmin

from .models import Image

PREVIEW_WIDTH = 360


@admin.register(Image)
class ImageAdmin(OfferedFiltersAdmin, TabbedTranslationAdmin):
    list_display = ("preview", "alt", "caption", "size", "created_at")
    list_display_links = ("preview", "alt")
    search_fields = ("alt", "caption", "credit")
    fields = ("file", "preview", "alt", "caption", "credit", "size")
    readonly_fields = ("preview", "size")

    class Media:
        css = {"all": ["images/admin.css"]}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is not None and db_field.name.startswith(("alt", "caption")):
            # The model's message says why the field matters; the form's own is generic.
            formfield.error_messages["required"] = db_field.error_messages["blank"]
        return formfield

    @admin.display(description=_("preview"))
    def preview(self, image):
        if not image.pk or not image.file:
            return "—"
        width, height = image.rendition_size(PREVIEW_WIDTH)
        # Shown at half size in the list; the alt text is beside it, so the thumbnail is
        # decorative here.
        return format_html(
            '<img class="image-preview" src="{}" width="{}" height="{}" alt="">',
            image.rendition("webp", PREVIEW_WIDTH).url,
            width,
            height,
        )

    @admin.display(description=_("size (pixels)"))
    def size(self, image):
        return f"{image.width} × {image.height}" if image.width else "—"
