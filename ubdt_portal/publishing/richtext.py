"""Rich text for long content fields: whatever is submitted is sanitised on save with nh3 (an
allowlist of tags and attributes), so no script, style or foreign embed can reach a page."""

import nh3
from django import forms
from django.db import models
from modeltranslation.fields import TranslationFieldDescriptor

from ubdt_portal.vietnamese import nfc

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup",
    "ul", "ol", "li", "blockquote", "a", "table", "thead", "tbody", "tr", "th", "td",
    "caption", "hr",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
}


def sanitize(html):
    return nh3.clean(
        nfc(html),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer",
    ).strip()


class RichTextWidget(forms.Textarea):
    """A plain textarea of HTML that the admin script turns into a small formatting editor;
    without JavaScript it stays an editable textarea."""

    def __init__(self, attrs=None):
        super().__init__({"class": "richtext", "rows": 14, **(attrs or {})})

    class Media:
        js = ["publishing/richtext.js"]
        css = {"all": ["publishing/richtext.css"]}


class RichTextField(models.TextField):
    def pre_save(self, model_instance, add):
        value = super().pre_save(model_instance, add)
        clean = sanitize(value) if value else value
        # On a translated model the original field's attribute reads and writes the active
        # language's copy; writing back through it would copy a fallback text into that
        # language. Each per-language field is sanitised by its own pre_save.
        if not isinstance(
            type(model_instance).__dict__.get(self.attname), TranslationFieldDescriptor
        ):
            setattr(model_instance, self.attname, clean)
        return clean

    def formfield(self, **kwargs):
        return super().formfield(**{"widget": RichTextWidget, **kwargs})
