from django.contrib import admin
from django.shortcuts import redirect
from modeltranslation.admin import TabbedTranslationAdmin

from ubdt_portal.admin_lists import OfferedFiltersAdmin

from .models import CommuneRegion, EthnicGroup, FormerProvince, Province, SiteSettings, Topic


@admin.register(EthnicGroup)
class EthnicGroupAdmin(OfferedFiltersAdmin, TabbedTranslationAdmin):
    list_display = ("name", "census_rank", "is_minority", "is_very_small", "slug")
    list_filter = ("is_minority", "is_very_small")
    search_fields = ("name", "other_names", "slug")
    prepopulated_fields = {"slug": ("name",)}


class FormerProvinceInline(admin.TabularInline):
    model = FormerProvince
    extra = 0
    fields = ("name", "slug")


@admin.register(Province)
class ProvinceAdmin(OfferedFiltersAdmin, TabbedTranslationAdmin):
    list_display = ("name", "kind", "slug")
    list_filter = ("kind",)
    search_fields = ("name", "former_units__name")
    inlines = [FormerProvinceInline]


@admin.register(Topic)
class TopicAdmin(OfferedFiltersAdmin, TabbedTranslationAdmin):
    list_display = ("name", "order", "slug")
    list_editable = ("order",)
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}


@admin.register(CommuneRegion)
class CommuneRegionAdmin(OfferedFiltersAdmin, TabbedTranslationAdmin):
    list_display = ("code", "name")


@admin.register(SiteSettings)
class SiteSettingsAdmin(OfferedFiltersAdmin, TabbedTranslationAdmin):
    """One record: the list page goes straight to it, and it cannot be added twice or deleted."""

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        return redirect("admin:reference_sitesettings_change", 1)
