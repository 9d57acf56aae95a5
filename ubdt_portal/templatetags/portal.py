"""Template helpers for translated content: which language a field is actually shown in, and
the notice PRODUCT §4 asks for when a translation is missing."""

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info
from modeltranslation.translator import translator

register = template.Library()


def shown_language(obj, field):
    """The language `obj.field` is displayed in: the page's, or Vietnamese as the fallback."""
    language = get_language()
    if language == settings.LANGUAGE_CODE or getattr(obj, f"{field}_{language}", None):
        return language
    return settings.LANGUAGE_CODE


def interface_language():
    """The language of the page's own words: the page's language, or Vietnamese for the
    ethnic-minority languages, whose pages show the Vietnamese interface."""
    language = get_language()
    return language if language in settings.INTERFACE_LANGUAGES else settings.LANGUAGE_CODE


@register.simple_tag
def lang_attr(obj, field):
    """A `lang` attribute for an element showing `obj.field` when its text is in another
    language than the interface around it: a Hmong title inside the Vietnamese interface of
    a /hmn/ page, or a Vietnamese fallback inside an English page."""
    language = shown_language(obj, field)
    return format_html(' lang="{}"', language) if language != interface_language() else ""


def translated_fields(obj):
    return translator.get_options_for_model(type(obj)).fields


@register.inclusion_tag("includes/translation_notice.html")
def translation_notice(obj):
    """PRODUCT §4: say when the page's language has no translation, or only part of one."""
    language = get_language()
    present = [name for name in translated_fields(obj) if getattr(obj, f"{name}_vi", "")]
    untranslated = [name for name in present if shown_language(obj, name) != language]
    missing = bool(untranslated) and len(untranslated) == len(present)
    partial = bool(untranslated) and not missing
    demo = not missing and getattr(obj, "is_demo_translation", lambda _l: False)(language)
    return {
        "missing": missing,
        "partial": partial,
        "demo": demo,
        # The notice is in the interface language: English on English pages, else Vietnamese.
        "notice_lang": interface_language(),
        "language_name": language_name_vi(language),
    }


@register.filter
def language_name_vi(code):
    """How the interface names a language mid-sentence: "English" on English pages,
    "tiếng Mông" in the Vietnamese interface."""
    info = get_language_info(code)
    if get_language() in settings.INTERFACE_LANGUAGES and get_language() != settings.LANGUAGE_CODE:
        return info["name_local"]
    return info.get("name_vi", info["name"])


@register.filter
def language_name(code):
    info = get_language_info(code)
    return info["name_local"]


@register.filter
def lines_of(obj, field):
    """A multi-line text field as a list of its non-empty lines."""
    return obj.lines(field)
