from datetime import MAXYEAR, MINYEAR

from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import (
    TabbedTranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from ubdt_portal.publishing.admin import PublishingAdmin, TranslatedLanguagesColumn

from .models import Benefit, Policy, PolicyAttachment, PolicyAudio, PolicyUpdate


class AttachmentInline(TranslationTabularInline):
    model = PolicyAttachment
    extra = 0
    fields = ("title", "file", "order")


class AudioInline(admin.TabularInline):
    model = PolicyAudio
    extra = 0
    fields = ("language", "file", "transcript_note", "duration_seconds")


class UpdateInline(TranslationStackedInline):
    model = PolicyUpdate
    extra = 0
    fields = ("date", "note")


class SignedYearFilter(admin.SimpleListFilter):
    title = _("year signed")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = Policy.objects.dates("signed_date", "year", order="DESC")
        return [(str(d.year), str(d.year)) for d in years]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        # ASCII digits only ("²".isdigit() is true) and a year a date can have.
        year = int(self.value()) if self.value().isascii() and self.value().isdigit() else 0
        if not MINYEAR <= year <= MAXYEAR:
            raise IncorrectLookupParameters(f"Not a year: {self.value()!r}")
        return queryset.filter(signed_date__year=year)


@admin.register(Policy)
class PolicyAdmin(PublishingAdmin, TranslatedLanguagesColumn, TabbedTranslationAdmin):
    list_display = (
        "document_number",
        "title",
        "document_type",
        "signed_date",
        "status_badge",
        "translated_languages",
        "featured",
    )
    list_display_links = ("document_number", "title")
    list_filter = (
        "status",
        "document_type",
        "issuing_agency",
        "topics",
        "ethnic_groups",
        "provinces",
        SignedYearFilter,
        "featured",
    )
    search_fields = ("document_number", "title", "summary", "issuing_agency")
    date_hierarchy = "signed_date"
    autocomplete_fields = ("replaces", "amends", "related")
    filter_horizontal = ("ethnic_groups", "provinces", "topics")
    inlines = [AttachmentInline, AudioInline, UpdateInline]
    readonly_fields = ("derived_status",)
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "featured")}),
        (
            _("Who benefits, what they get, how to apply"),
            {"fields": ("beneficiaries", "conditions", "benefits", "how_to_apply")},
        ),
        (_("Who it applies to"), {"fields": ("ethnic_groups", "provinces", "regions", "topics")}),
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
                    "derived_status",
                    "replaces",
                    "amends",
                    "related",
                )
            },
        ),
        (_("Full text"), {"fields": ("full_text",)}),
        (
            _("Publishing"),
            {"fields": ("status", "publish_at", "last_reviewed", "demo_translations")},
        ),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).with_legal_status()

    @admin.display(description=_("in-force status now"))
    def derived_status(self, obj):
        return obj.legal_status_label if obj.pk else "—"


@admin.register(Benefit)
class BenefitAdmin(PublishingAdmin, TranslatedLanguagesColumn, TabbedTranslationAdmin):
    list_display = ("title", "status_badge", "translated_languages", "featured")
    list_filter = ("status", "featured")
    search_fields = ("title", "summary")
    fieldsets = (
        (None, {"fields": ("title", "slug", "who_in_one_line", "summary", "featured")}),
        (
            _("Publishing"),
            {"fields": ("status", "publish_at", "last_reviewed", "demo_translations")},
        ),
    )
