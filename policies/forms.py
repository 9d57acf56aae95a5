"""GET forms of the public benefit pages. A bad value in one field is reported next to it and
that filter is left out; the page still answers."""

from django import forms
from django.conf import settings
from django.db.models.functions import Collate
from django.utils.translation import gettext_lazy as _

from ubdt_portal import choices
from ubdt_portal.reference.models import (
    Commune,
    CommuneRegion,
    EthnicGroup,
    LifeSituation,
    Province,
    Topic,
)
from ubdt_portal.search.engine import search
from ubdt_portal.search.forms import QueryField

from .models import Benefit


def alphabetical(queryset):
    """Ethnic groups are kept in census order; choice lists show them in Vietnamese
    dictionary order, as Province does by default."""
    return queryset.order_by(Collate("name", "vi-x-icu"))


class SlugChoiceField(choices.ModelChoiceField):
    def __init__(self, queryset, **kwargs):
        super().__init__(queryset, to_field_name="slug", required=False, **kwargs)
        self.error_messages["invalid_choice"] = _("This choice is not in the list.")


def region_field(**kwargs):
    field = choices.ModelChoiceField(
        CommuneRegion.objects.all(),
        to_field_name="code",
        required=False,
        **kwargs,
    )
    field.error_messages["invalid_choice"] = _("This choice is not in the list.")
    return field


class BenefitFilterForm(forms.Form):
    q = QueryField(label=_("Words"))
    topic = SlugChoiceField(Topic.objects.all(), label=_("Topic"), empty_label=_("All topics"))
    group = SlugChoiceField(
        alphabetical(EthnicGroup.objects.filter(is_minority=True)),
        label=_("Ethnic group"),
        empty_label=_("All ethnic groups"),
    )
    province = SlugChoiceField(
        Province.objects.all(), label=_("Province"), empty_label=_("All provinces")
    )
    region = region_field(label=_("Commune region"), empty_label=_("All regions"))
    lang = forms.BooleanField(label=_("Only benefits translated into my language"), required=False)

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
            queryset = queryset.for_group(data["group"])
        if data.get("province"):
            queryset = queryset.targeting(Benefit.provinces, data["province"])
        if data.get("region"):
            queryset = queryset.naming(Benefit.regions, data["region"])
        if data.get("lang"):
            queryset = queryset.translated_into(self.language)
        if data.get("q"):
            queryset = search(queryset, data["q"])
        return queryset

    @property
    def active(self):
        return any(self.cleaned_data.values())


class CommuneChoiceField(choices.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name  # the province is chosen above


class FinderForm(forms.Form):
    """The finder's questions. The commune is chosen once the province is known (without
    JavaScript: choose the province, press the button, then choose the commune); a chosen
    commune brings its region and villages from the current region list."""

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
    commune = CommuneChoiceField(
        Commune.objects.none(),
        to_field_name="code",
        required=False,
        label=_("Your commune"),
        empty_label=_("— choose —"),
    )
    region = region_field(
        label=_("Your commune's region"),
        empty_label=_("I don't know"),
        help_text=_("Choosing your commune is enough: we look its region up."),
    )
    topic = SlugChoiceField(
        Topic.objects.all(), label=_("What you need help with"), empty_label=_("Anything")
    )
    situation = SlugChoiceField(
        LifeSituation.objects.all(), label=_("What is happening in your life"), empty_label=_("—")
    )
    ended = forms.BooleanField(label=_("Also show benefits that have ended"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        commune = self.fields["commune"]
        commune.error_messages["invalid_choice"] = _(
            "This commune is not in the province you chose."
        )
        province = self.province_asked()
        if province is None:
            commune.help_text = _("Choose your province and press “Find”: its communes appear.")
            commune.widget.attrs["disabled"] = True
        else:
            commune.queryset = province.communes.order_by(Collate("name", "vi-x-icu"))

    def province_asked(self):
        slug = self.data.get("province") if self.is_bound else None
        if not slug or not isinstance(slug, str) or len(slug) > 100:
            return None
        # From the province choice list, which the page shows anyway: one query less.
        return next((p for p in self.fields["province"].queryset if p.slug == slug), None)

    def clean(self):
        data = super().clean()
        answers = {k: v for k, v in data.items() if k != "ended"}
        if self.data and not any(answers.values()) and not self.errors:
            raise forms.ValidationError(
                _("Choose at least one answer — your ethnic group or your province is enough."),
                code="empty",
            )
        data["classification"] = None
        if data.get("commune"):
            classification = data["commune"].current_classification()
            data["classification"] = classification
            if classification is not None and classification.region is not None:
                data["region"] = classification.region
        return data

    def known_objects(self):
        """The ethnic groups, provinces and regions of the choice lists, read once: the page
        shows the lists, and the reasons name them too."""
        return [
            obj for name in ("group", "province", "region") for obj in self.fields[name].queryset
        ]

    def choices(self):
        """What the person answered, for the finder's queryset and explanations."""
        data = self.cleaned_data
        classification = data.get("classification")
        return {
            "group": data.get("group"),
            "province": data.get("province"),
            "commune": data.get("commune"),
            "region": data.get("region"),
            "difficult_villages": bool(classification and classification.village_list),
            "topic": data.get("topic"),
            "situation": data.get("situation"),
        }

    def summary(self):
        """The answers in words, in the order asked, for the line above the results:
        ["Mông", "Lào Cai", "Xã Bản Hồ", "Khu vực III", …]."""
        data = self.cleaned_data
        names = ("group", "province", "commune", "region", "topic", "situation")
        # Each named as its list names it, so that it reads as what the person picked.
        return [
            self.fields[name].label_from_instance(data[name]) for name in names if data.get(name)
        ]

    def answers_as_query(self):
        """The answers as GET parameters (for the question form when nothing was found)."""
        data = self.cleaned_data
        values = {
            "group": data.get("group") and data["group"].slug,
            "province": data.get("province") and data["province"].slug,
            "commune": data.get("commune") and data["commune"].code,
            "region": data.get("region") and data["region"].code,
            "topic": data.get("topic") and data["topic"].slug,
            "situation": data.get("situation") and data["situation"].slug,
        }
        return {key: value for key, value in values.items() if value}
