"""Template tags and filters for translated content; the logic lives in ubdt_portal.languages."""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

from ubdt_portal import languages, notices, sections
from ubdt_portal.search.engine import MAX_QUERY_LENGTH

register = template.Library()


@register.simple_tag
def lang_attr(obj, field):
    """A `lang` attribute for an element showing `obj.field` when its text is in another
    language than the interface around it: a Hmong title inside the Vietnamese interface of
    a /hmn/ page, or a Vietnamese fallback inside an English page."""
    language = languages.shown_language(obj, field)
    return format_html(' lang="{}"', language) if language != languages.interface_language() else ""


@register.inclusion_tag("includes/translation_notice.html")
def translation_notice(obj):
    """PRODUCT §4: say when the page's language has no translation, or only part of one."""
    language = get_language()
    default = languages.default_language()
    present = [
        name
        for name in languages.translated_fields(obj)
        if languages.in_language(obj, name, default)
    ]
    untranslated = [name for name in present if languages.shown_language(obj, name) != language]
    missing = bool(untranslated) and len(untranslated) == len(present)
    partial = bool(untranslated) and not missing
    demo = not missing and getattr(obj, "is_demo_translation", lambda _l: False)(language)
    return {
        "missing": missing,
        "partial": partial,
        "demo": demo,
        # The notice is in the interface language: English on English pages, else Vietnamese.
        "notice_lang": languages.interface_language(),
        "language_name": languages.language_name_in_interface(language),
    }


@register.filter
def language_name_vi(code):
    """How the interface names a language mid-sentence ("tiếng Mông", or "Hmong" in English)."""
    return languages.language_name_in_interface(code)


@register.filter
def language_name(code):
    return languages.language_name(code)


@register.filter
def lines_of(obj, field):
    """A multi-line text field as a list of its non-empty lines."""
    return obj.lines(field)


@register.simple_tag
def max_query_length():
    """The longest query searched, for the search boxes' `maxlength`."""
    return MAX_QUERY_LENGTH


@register.inclusion_tag("includes/page_notices.html", takes_context=True)
def page_notices(context):
    """The notices the apps contribute to the top of the page (ubdt_portal/notices.py), for the
    provinces the page is about (`notice_provinces`), every one on the home page
    (`notice_everything`). Nothing on pages rendered without a request (the 500 page)."""
    request = context.get("request")
    if request is None:
        return {"groups": []}
    return {
        "interface_lang_attr": context.get("interface_lang_attr", ""),
        "groups": notices.render(
            request,
            provinces=context.get("notice_provinces") or (),
            everything=bool(context.get("notice_everything")),
        ),
    }


@register.inclusion_tag("includes/page_sections.html", takes_context=True)
def page_sections(context, page, **objects):
    """The sections the apps contribute to `page` (ubdt_portal/sections.py), for pages rendered
    by a shared view (an item's page): `{% page_sections "benefit" benefit=object %}`."""
    request = context["request"]
    return {
        "request": request,
        "interface_lang_attr": context.get("interface_lang_attr", ""),
        "sections": sections.render(page, request, **objects),
    }
