from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from documents.admin import CitationInline
from ubdt_portal.publishing.admin import PublishingAdmin, TranslatedLanguagesColumn

from .models import AppliesNow, Benefit, BenefitAmount, BenefitAudio, LegalBasis


class AmountInline(TranslationTabularInline):
    model = BenefitAmount
    extra = 0
    fields = ("amount", "period", "description", "order")


class LegalBasisInline(CitationInline):
    model = LegalBasis


class AudioInline(admin.TabularInline):
    model = BenefitAudio
    extra = 0
    fields = ("language", "file", "duration_seconds")


class AppliesNowFilter(admin.SimpleListFilter):
    title = _("applies now")
    parameter_name = "applies"

    def lookups(self, request, model_admin):
        return AppliesNow.choices

    def queryset(self, request, queryset):
        if self.value() in AppliesNow.values:
            return queryset.filter(applies_now=self.value())
        return queryset


@admin.register(Benefit)
class BenefitAdmin(PublishingAdmin, TranslatedLanguagesColumn, TabbedTranslationAdmin):
    list_display = (
        "title",
        "status_badge",
        "applies_now_column",
        "translated_languages",
        "featured",
        "last_reviewed",
    )
    list_filter = (
        "status",
        AppliesNowFilter,
        "topics",
        "life_situations",
        "ethnic_groups",
        "provinces",
        "regions",
        "featured",
    )
    search_fields = ("title", "who_in_one_line", "summary")
    autocomplete_fields = ("successor",)
    filter_horizontal = ("ethnic_groups", "provinces", "life_situations", "topics")
    inlines = [AmountInline, LegalBasisInline, AudioInline]
    readonly_fields = ("derived_applies_now",)
    fieldsets = (
        (None, {"fields": ("title", "slug", "who_in_one_line", "summary", "featured")}),
        (
            _("Who qualifies"),
            {"fields": ("who_qualifies", "who_does_not_qualify", "conditions")},
        ),
        (
            _("How to apply"),
            {"fields": ("steps", "papers", "where_to_apply", "deadlines", "when_paid")},
        ),
        (
            _("Who it applies to"),
            {
                "fields": (
                    "ethnic_groups",
                    "for_very_small_groups",
                    "provinces",
                    "regions",
                    "for_difficult_villages",
                    "life_situations",
                    "topics",
                )
            },
        ),
        (
            _("Whether it applies now"),
            {"fields": (("starts_on", "ends_on"), "successor", "derived_applies_now")},
        ),
        (
            _("Publishing"),
            {"fields": ("status", "publish_at", "last_reviewed", "demo_translations")},
        ),
    )

    @admin.display(description=_("applies now"), ordering="applies_now")
    def applies_now_column(self, obj):
        return obj.applies_now_label

    @admin.display(description=_("applies now (derived from the dates and the legal basis)"))
    def derived_applies_now(self, obj):
        return obj.applies_now_label if obj.pk else "—"
