"""GET forms of the public policy pages. A bad value in one field is reported next to it and
that filter is left out; the page still answers."""

from django import forms
from django.conf import settings
from django.db.models.functions import Collate
from django.utils.translation import gettext_lazy as _

from documents.legal import DocumentType, LegalStatus
from ubdt_portal.reference.models import CommuneRegion, EthnicGroup, Province, Topic
from ubdt_portal.search.engine import search
from ubdt_portal.search.forms import QueryField

from .models import Policy


def alphabetical(queryset):
    """Ethnic groups are kept in census order; choice lists show them in Vietnamese
    dictionary order, as Province does by default."""
    return queryset.order_by(Collate("name", "vi-x-icu"))


class SlugChoiceField(forms.ModelChoiceField):
    def __init__(self, queryset, **kwargs):
        super().__init__(queryset, to_field_name="slug", required=False, **kwargs)
        self.error_messages["invalid_choice"] = _("This choice is not in the list.")


class PolicyFilterForm(forms.Form):
    q = QueryField(label=_("Words or document number"))
    topic = SlugChoiceField(Topic.objects.all(), label=_("Topic"), empty_label=_("All topics"))
    group = SlugChoiceField(
        alphabetical(EthnicGroup.objects.filter(is_minority=True)),
        label=_("Ethnic group"),
        empty_label=_("All ethnic groups"),
    )
    province = SlugChoiceField(
        Province.objects.all(), label=_("Province"), empty_label=_("All provinces")
    )
    type = forms.ChoiceField(
        label=_("Document type"),
        choices=[("", _("All types")), *DocumentType.choices],
        required=False,
    )
    status = forms.ChoiceField(
        label=_("In-force status"),
        choices=[("", _("Any status")), *LegalStatus.choices],
        required=False,
    )
    year = forms.IntegerField(
        label=_("Year signed"),
        min_value=1945,
        max_value=2100,
        required=False,
        error_messages={
            "invalid": _("Enter the year as a number, for example 2025."),
            "min_value": _("Enter a year from 1945 on."),
            "max_value": _("Enter a year up to 2100."),
        },
    )
    lang = forms.BooleanField(label=_("Only policies translated into my language"), required=False)

    def __init__(self, *args, language, **kwargs):
        super().__init__(*args, **kwargs)
        self.language = language
        if language == settings.LANGUAGE_CODE:
            del self.fields["lang"]  # everything is in Vietnamese

    def filter(self, queryset):
        """Apply every valid filter; invalid fields are skipped (their errors are shown)."""
        data = self.cleaned_data  # holds only the fields that validated
        if data.get("topic"):
            queryset = queryset.with_topic(data["topic"])
        if data.get("group"):
            queryset = queryset.targeting(Policy.ethnic_groups, data["group"])
        if data.get("province"):
            queryset = queryset.targeting(Policy.provinces, data["province"])
        if data.get("type"):
            queryset = queryset.filter(document_type=data["type"])
        if data.get("status"):
            queryset = queryset.filter(legal_status=data["status"])
        if data.get("year"):
            queryset = queryset.filter(signed_date__year=data["year"])
        if data.get("lang"):
            queryset = queryset.translated_into(self.language)
        if data.get("q"):
            queryset = search(queryset, data["q"])
        return queryset

    @property
    def active(self):
        return any(self.cleaned_data.values())


class FinderForm(forms.Form):
    def clean(self):
        data = super().clean()
        if self.data and not any(data.values()) and not self.errors:
            raise forms.ValidationError(
                _("Choose at least one answer — your ethnic group or your province is enough."),
                code="empty",
            )
        return data

    group = SlugChoiceField(
        alphabetical(EthnicGroup.objects.filter(is_minority=True)),
        label=_("Your ethnic group"),
        empty_label=_("— choose —"),
    )
    province = SlugChoiceField(
        Province.objects.all(),
        label=_("Province where you live"),
        empty_label=_("— choose —"),
    )
    region = forms.ModelChoiceField(
        CommuneRegion.objects.all(),
        to_field_name="code",
        required=False,
        label=_("Your commune's region"),
        empty_label=_("I don't know"),
        help_text=_(
            "Ask the commune People's Committee whether your commune is in region I, II or III."
        ),
    )
    topic = SlugChoiceField(
        Topic.objects.all(), label=_("What you need help with"), empty_label=_("Anything")
    )
