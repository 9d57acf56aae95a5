from datetime import MAXYEAR, MINYEAR, date

from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from ubdt_portal.publishing.admin import PublishingAdmin, TranslatedLanguagesColumn

from .legal import LegalStatus
from .models import DocumentAttachment, LegalDocument, StatusChange


class StatusChangeInline(TranslationTabularInline):
    model = StatusChange
    fk_name = "document"
    extra = 0
    fields = ("date", "status", "caused_by", "part")
    autocomplete_fields = ("caused_by",)


class AttachmentInline(TranslationTabularInline):
    model = DocumentAttachment
    extra = 0
    fields = ("title", "file", "order")


class CitationInline(admin.TabularInline):
    """The inline for a `Citation` model of another app: pick the document, write the
    articles."""

    extra = 0
    fields = ("document", "articles", "order")
    autocomplete_fields = ("document",)

    def get_queryset(self, request):
        # Each row is named by its document's number (Citation.__str__): one query, not one a row.
        return super().get_queryset(request).select_related("document")


class SignedYearFilter(admin.SimpleListFilter):
    title = _("year signed")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = LegalDocument.objects.dates("signed_date", "year", order="DESC")
        return [(str(d.year), str(d.year)) for d in years]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        # ASCII digits only ("²".isdigit() is true) and a year a date can have.
        year = int(self.value()) if self.value().isascii() and self.value().isdigit() else 0
        if not MINYEAR <= year <= MAXYEAR:
            raise IncorrectLookupParameters(f"Not a year: {self.value()!r}")
        return queryset.filter(signed_date__range=(date(year, 1, 1), date(year, 12, 31)))


class LegalStatusFilter(admin.SimpleListFilter):
    """The in-force status as readers see it (derived), not only the editor's override."""

    title = _("in-force status now")
    parameter_name = "legal_status"

    def lookups(self, request, model_admin):
        return LegalStatus.choices

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        if self.value() not in LegalStatus.values:
            raise IncorrectLookupParameters(f"Not a status: {self.value()!r}")
        return queryset.filter(legal_status=self.value())


@admin.register(LegalDocument)
class LegalDocumentAdmin(PublishingAdmin, TranslatedLanguagesColumn, TabbedTranslationAdmin):
    list_display = (
        "document_number",
        "title",
        "document_type",
        "signed_date",
        "derived_status",
        "status_badge",
        "translated_languages",
    )
    list_display_links = ("document_number", "title")
    list_filter = (
        "status",
        LegalStatusFilter,
        "document_type",
        "issuing_agency",
        "topics",
        SignedYearFilter,
    )
    search_fields = ("document_number", "title", "summary", "issuing_agency", "signer")
    autocomplete_fields = ("replaces", "amends", "guides", "related")
    filter_horizontal = ("topics",)
    inlines = [StatusChangeInline, AttachmentInline]
    readonly_fields = ("derived_status",)
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
                    "derived_status",
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

    @admin.display(description=_("in-force status now"), ordering="legal_status")
    def derived_status(self, obj):
        return obj.legal_status_label if obj.pk else "—"
