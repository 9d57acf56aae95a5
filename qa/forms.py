"""The public question form and the tracking-code form."""

from django import forms
from django.core.validators import RegexValidator
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from documents.models import LegalDocument
from policies.models import Benefit
from ubdt_portal.reference.models import Commune, EthnicGroup, Province, Topic

from .models.questions import NAME_MAX, PHONE_MAX, TEXT_MAX, normalise_code


def _required(message):
    return {"required": message}


class AskForm(forms.Form):
    topic = forms.ModelChoiceField(
        Topic.objects.all(),
        to_field_name="slug",
        label=_("Topic"),
        empty_label=_("Choose a topic"),
        error_messages=_required(_("Choose the topic closest to your question.")),
    )
    text = forms.CharField(
        label=_("Your question"),
        max_length=TEXT_MAX,
        min_length=10,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("At most 4,000 characters. Do not write identity-card numbers here."),
        error_messages=_required(_("Write your question.")),
    )
    name = forms.CharField(
        label=_("Your name"),
        max_length=NAME_MAX,
        error_messages=_required(_("Write your name, so that we know whom we answer.")),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    province = forms.ModelChoiceField(
        Province.objects.all(),
        to_field_name="slug",
        label=_("Province or city where you live"),
        empty_label=_("Choose your province"),
        error_messages=_required(_("Choose your province or city.")),
    )
    commune = forms.ModelChoiceField(
        Commune.objects.none(),
        to_field_name="code",
        required=False,
        label=_("Commune or ward (optional)"),
        empty_label=_("Not stated"),
        error_messages={"invalid_choice": _("Choose a commune of the province you chose.")},
    )
    ethnic_group = forms.ModelChoiceField(
        EthnicGroup.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("Your ethnic group (optional)"),
        empty_label=_("Not stated"),
        help_text=_(
            "Only to find the policies meant for your group and answer more precisely. "
            "It is sensitive personal data: it is kept only if you agree just below."
        ),
    )
    consent_ethnicity = forms.BooleanField(
        required=False,
        label=_("I agree that my ethnic group is processed to answer my question."),
    )
    email = forms.EmailField(
        label=_("E-mail for the answer (optional)"),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"invalid": _("Write a valid e-mail address, e.g. ten@example.com.")},
    )
    phone = forms.CharField(
        label=_("Phone (optional)"),
        required=False,
        max_length=PHONE_MAX,
        validators=[
            RegexValidator(
                r"^\+?[0-9][0-9 .()-]{7,19}$",
                _("Write the phone number in digits, for example 0912 345 678."),
            )
        ],
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    consent_processing = forms.BooleanField(
        label=_("I agree that my personal data above is processed to answer my question."),
        error_messages=_required(
            _("We can only answer if you agree to this. Read the privacy notice first.")
        ),
    )
    consent_publication = forms.BooleanField(
        required=False,
        label=_(
            "I agree that my question and its answer are published on the portal with my "
            "province, without my name, e-mail, phone or commune (optional)."
        ),
    )
    benefit = forms.CharField(required=False, max_length=200, widget=forms.HiddenInput)
    document = forms.CharField(required=False, max_length=200, widget=forms.HiddenInput)
    submission_key = forms.UUIDField(
        widget=forms.HiddenInput,
        error_messages={
            "required": _("The form was incomplete. Check what you typed and send it again."),
            "invalid": _("The form was incomplete. Check what you typed and send it again."),
        },
    )
    # A trap for robots: hidden from people by the stylesheet, filled in by bots.
    website = forms.CharField(
        required=False,
        max_length=200,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    GROUPS = {
        "question": ("topic", "text"),
        "reply": ("email", "phone"),
        "consents": ("consent_processing", "consent_publication"),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        privacy = reverse("qa:privacy")
        self.fields["consent_processing"].help_text = format_html(
            '<a href="{}">{}</a>', privacy, _("Read the privacy notice")
        )
        self.province = self._chosen_province()
        if self.province is not None:
            self.fields["commune"].queryset = Commune.objects.filter(province=self.province)
            # The province is chosen above: the commune's own name, with no query for its
            # province per option.
            self.fields["commune"].label_from_instance = lambda commune: commune.full_name
        else:
            self.fields["commune"].help_text = _(
                "Choose your province, then press “Show the communes”."
            )

    def _chosen_province(self):
        slug = (self.data.get("province") if self.is_bound else self.initial.get("province")) or ""
        if not isinstance(slug, str) or "\x00" in slug or len(slug) > 100:
            return None
        return Province.objects.filter(slug=slug).first() if slug else None

    def _group(self, name):
        return [self[field] for field in self.GROUPS[name]]

    @property
    def question_fields(self):
        return self._group("question")

    @property
    def reply_fields(self):
        return self._group("reply")

    @property
    def consent_fields(self):
        return self._group("consents")

    def clean_benefit(self):
        slug = self.cleaned_data["benefit"]
        return Benefit.objects.published().filter(slug=slug).first() if slug else None

    def clean_document(self):
        slug = self.cleaned_data["document"]
        return LegalDocument.objects.published().filter(slug=slug).first() if slug else None

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean(self):
        data = super().clean()
        if data.get("ethnic_group") and not data.get("consent_ethnicity"):
            self.add_error(
                "consent_ethnicity",
                _("To send your ethnic group, tick this box; or choose “Not stated” above."),
            )
        if not data.get("ethnic_group"):
            data["consent_ethnicity"] = False
        return data


class LookupForm(forms.Form):
    code = forms.CharField(
        label=_("Tracking code"),
        max_length=20,
        help_text=_("8 letters and digits, as on the page shown after you sent the question."),
        error_messages=_required(_("Write your tracking code.")),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )

    def clean_code(self):
        code = normalise_code(self.cleaned_data["code"])
        if not code:
            raise forms.ValidationError(
                _("A tracking code has 8 letters and digits, for example K7QM-2XPA.")
            )
        return code
