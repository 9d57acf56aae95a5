from django import forms
from django.contrib import admin, messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.dateparse import parse_date
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from ubdt_portal.admin_lists import OfferedFiltersAdmin

from . import region_import
from .models import (
    Commune,
    CommuneClassification,
    CommuneRegion,
    EthnicGroup,
    FormerProvince,
    LifeSituation,
    Province,
    RegionList,
    SiteSettings,
    Topic,
)


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
    list_display = ("name", "kind", "code", "slug")
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


@admin.register(LifeSituation)
class LifeSituationAdmin(OfferedFiltersAdmin, TabbedTranslationAdmin):
    list_display = ("name", "order", "slug")
    list_editable = ("order",)
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Commune)
class CommuneAdmin(OfferedFiltersAdmin, admin.ModelAdmin):
    """The communes come from the national list (data migration); staff look them up here."""

    list_display = ("name", "kind", "code", "province")
    list_filter = ("kind", "province")
    list_select_related = ("province",)
    search_fields = ("name", "code", "slug")
    readonly_fields = ("code", "province")
    fields = ("code", "name", "kind", "slug", "province")


@admin.register(CommuneClassification)
class CommuneClassificationAdmin(OfferedFiltersAdmin, admin.ModelAdmin):
    """What each imported list says of each commune; changed by importing the list again."""

    list_display = ("commune", "region", "in_minority_area", "region_list")
    list_filter = ("region_list", "region", "in_minority_area", "commune__province")
    list_select_related = ("commune__province", "region", "region_list")
    search_fields = ("commune__name", "commune__code")
    readonly_fields = ("region_list", "commune")

    def has_add_permission(self, request):
        return False


class RegionListImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "UTF-8, one commune per line, with a header row: ma_xa (official commune code), "
            "khu_vuc (I, II, III, or empty for a commune outside the area that has "
            "ethnic-minority villages), thon_dbkk (especially difficult villages, separated by "
            "“;”), quyet_dinh (decision number, the same on every line)."
        ),
    )
    decision_date = forms.DateField(label=_("Decision signed on"))
    title = forms.CharField(label=_("Title"), max_length=500)
    is_sample = forms.BooleanField(
        label=_("Sample data"),
        required=False,
        help_text=_("Demonstration data, not the official list; pages say so."),
    )


class RegionListConfirmForm(forms.Form):
    """What the preview showed, signed, so that what is saved is exactly what was previewed."""

    payload = forms.CharField(widget=forms.HiddenInput)

    SALT = "reference.region-list-import"
    MAX_AGE = 3600

    @classmethod
    def sign(cls, text, data):
        return signing.dumps(
            {
                "csv": text,
                "date": data["decision_date"].isoformat(),
                "title": data["title"],
                "sample": data["is_sample"],
            },
            salt=cls.SALT,
            compress=True,
        )

    def clean_payload(self):
        try:
            return signing.loads(self.cleaned_data["payload"], salt=self.SALT, max_age=self.MAX_AGE)
        except signing.BadSignature as error:
            raise forms.ValidationError(
                _("This preview has expired or was changed. Upload the file again.")
            ) from error


@admin.register(RegionList)
class RegionListAdmin(OfferedFiltersAdmin, admin.ModelAdmin):
    """Region lists are imported from a CSV file with a preview (the import button of the
    list); a file with any bad row saves nothing; importing a decision again replaces it."""

    change_list_template = "admin/reference/regionlist/change_list.html"
    list_display = ("decision_number", "decision_date", "title", "is_sample", "commune_count")
    list_filter = ("is_sample",)
    search_fields = ("decision_number", "title")
    fields = ("decision_number", "decision_date", "title", "is_sample", "imported_at")
    readonly_fields = ("decision_number", "imported_at")

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(count=Count("classifications"))

    @admin.display(description=_("communes"), ordering="count")
    def commune_count(self, obj):
        return obj.count

    def has_add_permission(self, request):
        # A list arrives by import, never typed in empty.
        return False

    def may_import(self, request):
        return self.has_change_permission(request) and request.user.has_perm(
            "reference.add_regionlist"
        )

    def changelist_view(self, request, extra_context=None):
        extra = {"may_import": self.may_import(request), **(extra_context or {})}
        return super().changelist_view(request, extra)

    def get_urls(self):
        return [
            path(
                "nhap/",
                self.admin_site.admin_view(self.import_view),
                name="reference_regionlist_import",
            ),
            *super().get_urls(),
        ]

    def import_view(self, request):
        if not self.may_import(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": gettext("Import a commune region list"),
            "form": RegionListImportForm(),
        }
        if request.method == "POST" and "payload" in request.POST:
            confirm = RegionListConfirmForm(request.POST)
            if confirm.is_valid():
                data = confirm.cleaned_data["payload"]
                parsed = region_import.parse(data["csv"].encode())
                if not parsed.errors:
                    region_list, replaced = region_import.save(
                        parsed,
                        decision_date=parse_date(data["date"]),
                        title=data["title"],
                        is_sample=data["sample"],
                    )
                    message = (
                        gettext("List %(number)s replaced: %(count)s communes.")
                        if replaced
                        else gettext("List %(number)s saved: %(count)s communes.")
                    )
                    self.message_user(
                        request,
                        message % {"number": region_list, "count": len(parsed.rows)},
                        messages.SUCCESS,
                    )
                    return redirect(reverse("admin:reference_regionlist_changelist"))
                context["errors"] = parsed.errors
            else:
                context["errors"] = confirm.errors["payload"]
        elif request.method == "POST":
            form = RegionListImportForm(request.POST, request.FILES)
            context["form"] = form
            if form.is_valid():
                data = form.cleaned_data["file"].read()
                parsed = region_import.parse(data)
                if parsed.errors:
                    context["errors"] = parsed.errors
                else:
                    context.update(
                        parsed=parsed,
                        replaces=region_import.existing_list(parsed),
                        shown_rows=parsed.rows[:100],
                        confirm=RegionListConfirmForm(
                            initial={
                                "payload": RegionListConfirmForm.sign(
                                    data.decode("utf-8-sig"), form.cleaned_data
                                )
                            }
                        ),
                        decision_date=form.cleaned_data["decision_date"],
                        list_title=form.cleaned_data["title"],
                        is_sample=form.cleaned_data["is_sample"],
                    )
                    return TemplateResponse(
                        request, "admin/reference/regionlist/import_preview.html", context
                    )
        return TemplateResponse(request, "admin/reference/regionlist/import.html", context)
