from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from ubdt_portal.admin_lists import OfferedFiltersAdmin
from ubdt_portal.publishing.admin import PublishingAdmin, TranslatedLanguagesColumn

from .models import Alert, Article, Category


@admin.register(Category)
class CategoryAdmin(OfferedFiltersAdmin, TabbedTranslationAdmin):
    list_display = ("name", "slug", "order")
    prepopulated_fields = {"slug": ("name_vi",)}
    search_fields = ("name",)


@admin.register(Article)
class ArticleAdmin(PublishingAdmin, TranslatedLanguagesColumn, TabbedTranslationAdmin):
    list_display = (
        "title",
        "category",
        "status_badge",
        "publish_at",
        "translated_languages",
        "featured",
    )
    list_filter = ("status", "category", "featured", "ethnic_groups", "provinces", "is_sample")
    search_fields = ("title", "lead", "author")
    date_hierarchy = "publish_at"
    autocomplete_fields = ("image", "related_benefits", "related_documents")
    filter_horizontal = ("ethnic_groups", "provinces")
    fieldsets = (
        (None, {"fields": ("title", "slug", "lead", "image", "body")}),
        (_("Classification"), {"fields": ("category", "author", "featured", "is_sample")}),
        (_("Who and where it concerns"), {"fields": ("ethnic_groups", "provinces")}),
        (
            _("Related benefits and documents"),
            {"fields": ("related_benefits", "related_documents")},
        ),
        (_("Publishing"), {"fields": ("status", "publish_at")}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("category")


@admin.register(Alert)
class AlertAdmin(OfferedFiltersAdmin, TabbedTranslationAdmin):
    """Only the editor-in-chief may add or change alerts (news/roles.py). Every save is kept as
    a revision (translation.py)."""

    list_display = ("message", "level", "is_published", "starts_at", "expires_at", "in_force")
    list_filter = ("level", "is_published", "is_sample")
    search_fields = ("message",)
    filter_horizontal = ("provinces",)
    autocomplete_fields = ("link",)
    fields = (
        "message",
        "level",
        "provinces",
        "link",
        ("starts_at", "expires_at"),
        "is_published",
        "is_sample",
    )

    @admin.display(description=_("shown now"), boolean=True)
    def in_force(self, alert):
        return alert.is_valid_at(timezone.now())
