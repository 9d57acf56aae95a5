"""Template helpers for translated content: which language a field is actually shown in, and
the notice PRODUCT §4 asks for when a translation is missing."""

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info

register = template.Library()


def shown_language(obj, field):
    """The language `obj.field` is displayed in: the page's, or Vietnamese as the fallback."""
    language = get_language()
    if language == settings.LANGUAGE_CODE or getattr(obj, f"{field}_{language}", None):
        return language
    return settings.LANGUAGE_CODE


@register.simple_tag
def lang_attr(obj, field):
    """` lang="vi"` on an element whose text fell back to Vietnamese on another language's page."""
    language = shown_language(obj, field)
    return format_html(' lang="{}"', language) if language != get_language() else ""


@register.inclusion_tag("includes/translation_notice.html")
def translation_notice(obj, field="title"):
    language = get_language()
    missing = shown_language(obj, field) != language
    demo = not missing and getattr(obj, "is_demo_translation", lambda _l: False)(language)
    info = get_language_info(language)
    interface = language in settings.INTERFACE_LANGUAGES
    return {
        "missing": missing,
        "demo": demo,
        # The notice is in the interface language: English on English pages, else Vietnamese.
        "notice_lang": language if interface else settings.LANGUAGE_CODE,
        "language_name": info["name_local"] if interface else info.get("name_vi", info["name"]),
    }


@register.filter
def language_name(code):
    info = get_language_info(code)
    return info["name_local"]


@register.filter
def lines_of(obj, field):
    """A multi-line text field as a list of its non-empty lines."""
    return obj.lines(field)
