"""The library's GET filter form. A bad value in one field is reported next to it and that
filter is left out; the page still answers."""

from datetime import date

from django import forms
from django.core.cache import cache
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from ubdt_portal import choices
from ubdt_portal.languages import localized_name
from ubdt_portal.reference.models import Topic
from ubdt_portal.search.engine import search
from ubdt_portal.search.forms import QueryField

from .legal import DocumentType, LegalStatus
from .models import LegalDocument

ISSUERS_CACHE_KEY = "documents:issuers:{}"
ISSUERS_CACHE_SECONDS = 600


def issuer_choices():
    """The agencies that issued a published document, as (Vietnamese name, name shown in the
    page's language). Read once, then kept in the cache until a document is saved."""
    language = get_language()
    key = ISSUERS_CACHE_KEY.format(language)
    choices = cache.get(key)
    if choices is None:
        shown = localized_name(LegalDocument, "issuing_agency", language)
        rows = (
            LegalDocument.objects.published()
            .order_by("issuing_agency_vi")
            .annotate(shown=F(shown or "issuing_agency_vi"))
            .values_list("issuing_agency_vi", "shown")
            .distinct()
        )
        choices = [(vi, other or vi) for vi, other in rows if vi]
        cache.set(key, choices, ISSUERS_CACHE_SECONDS)
    return choices


@receiver([post_save, post_delete], sender=LegalDocument)
def forget_issuers(**kwargs):
    from django.conf import settings

    cache.delete_many([ISSUERS_CACHE_KEY.format(code) for code, _name in settings.LANGUAGES])


class IssuerField(forms.ChoiceField):
    widget = choices.Select

    def valid_value(self, value):
        return value in {vi for vi, _shown in issuer_choices()}


class DocumentFilterForm(forms.Form):
    q = QueryField(label=_("Words or document number"))
    type = forms.ChoiceField(
        label=_("Document type"),
        choices=[("", _("All types")), *DocumentType.choices],
        required=False,
        widget=choices.Select,
    )
    issuer = IssuerField(label=_("Issued by"), required=False)
    year = forms.IntegerField(
        label=_("Year signed"),
        min_value=1945,
        max_value=2100,
        required=False,
        # A text box: what was typed stays in it when it is not a year (a number box may not
        # hold "abc" in valid HTML); phones still show their number keypad.
        widget=forms.TextInput(attrs={"inputmode": "numeric", "size": 6}),
        error_messages={
            "invalid": _("Enter the year as a number, for example 2025."),
            "min_value": _("Enter a year from 1945 on."),
            "max_value": _("Enter a year up to 2100."),
        },
    )
    status = forms.ChoiceField(
        label=_("In-force status"),
        choices=[("", _("Any status")), *LegalStatus.choices],
        required=False,
        widget=choices.Select,
    )
    topic = choices.ModelChoiceField(
        Topic.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("Topic"),
        empty_label=_("All topics"),
        widget=choices.Select,
        error_messages={"invalid_choice": _("This choice is not in the list.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["issuer"].choices = [("", _("All issuers")), *issuer_choices()]
        self.fields["issuer"].error_messages["invalid_choice"] = _(
            "This choice is not in the list."
        )
        self.fields["type"].error_messages["invalid_choice"] = _("This choice is not in the list.")
        self.fields["status"].error_messages["invalid_choice"] = _(
            "This choice is not in the list."
        )

    def filter(self, queryset):
        """Apply every valid filter; invalid fields are skipped (their errors are shown)."""
        data = self.cleaned_data  # holds only the fields that validated
        if data.get("type"):
            queryset = queryset.filter(document_type=data["type"])
        if data.get("issuer"):
            queryset = queryset.filter(issuing_agency_vi=data["issuer"])
        if data.get("year"):
            year = data["year"]
            queryset = queryset.filter(signed_date__range=(date(year, 1, 1), date(year, 12, 31)))
        if data.get("status"):
            queryset = queryset.filter(legal_status=data["status"])
        if data.get("topic"):
            queryset = queryset.with_topic(data["topic"])
        if data.get("q"):
            queryset = search(queryset, data["q"])
        return queryset

    @property
    def active(self):
        return any(self.cleaned_data.values())
