from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from ubdt_portal.publishing.admin import PublishingAdmin, TranslatedLanguagesColumn

from .models import LegalDocument


@admin.register(LegalDocument)
class LegalDocumentAdmin(PublishingAdmin, TranslatedLanguagesColumn, TabbedTranslationAdmin):
    list_display = ("document_number", "title", "status_badge", "translated_languages")
    list_display_links = ("document_number", "title")
    list_filter = ("status", "document_type")
    search_fields = ("document_number", "title")
    autocomplete_fields = ("replaces", "amends", "guides", "related")
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary")}),
        (
            _("Legal record"),
            {
                "fields": (
                    "document_number",
                    "document_type",
                    "issuing_agency",
                    "signer",
                    ("signed_date", "effective_date", "expiry_date"),
                    "legal_status_override",
                    "replaces",
                    "amends",
                    "guides",
                    "related",
                    "topics",
                )
            },
        ),
        (_("Full text"), {"fields": ("full_text",)}),
        (
            _("Publishing"),
            {"fields": ("status", "publish_at", "last_reviewed", "demo_translations")},
        ),
    )
