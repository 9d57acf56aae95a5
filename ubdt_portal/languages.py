"""The languages of content and interface, in one place: which languages content is written in
(modeltranslation adds a column per language to each translated field), which of them a field
is actually shown in, and how the interface names a language. Template tags wrap these."""

from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language, get_language_info
from modeltranslation import settings as translation_settings
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname


def default_language():
    """The language every item is written in first, and shown in when a translation is missing."""
    return translation_settings.DEFAULT_LANGUAGE


def content_languages():
    """Every language a translated field has a column for, the default language first."""
    others = [
        code for code in translation_settings.AVAILABLE_LANGUAGES if code != default_language()
    ]
    return [default_language(), *others]


def translated_fields(model_or_obj):
    """The names of the fields registered for translation (empty for an untranslated model)."""
    model = model_or_obj if isinstance(model_or_obj, type) else type(model_or_obj)
    try:
        return tuple(translator.get_options_for_model(model).fields)
    except NotRegistered:
        return ()


def localized_names(model, field):
    """The columns of `field` in every language (`title_vi`, `title_en`, …), or just `field`
    when the model does not translate it."""
    if field not in translated_fields(model):
        return [field]
    return [build_localized_fieldname(field, code) for code in content_languages()]


def localized_name(model, field, language):
    """The column of `field` in `language` (`title_en`), or None when the model keeps `field`
    in the default language only and `language` is another."""
    if field in translated_fields(model):
        return build_localized_fieldname(field, language)
    return field if language == default_language() else None


def in_language(obj, field, language):
    """`obj.field` as written in `language`, without falling back to another language."""
    name = localized_name(type(obj), field, language)
    return (getattr(obj, name) or "") if name else ""


def translated_q(model, field, language):
    """The condition that `field` of `model` is written in `language` — the rule of
    in_language() for a query (a list narrowed to a language, a sitemap counting languages)."""
    if language == default_language():
        return Q()
    name = localized_name(model, field, language)
    if name is None:
        return Q(pk__in=[])
    return ~Q(**{name: ""}) & Q(**{f"{name}__isnull": False})


def translated_languages(obj, field):
    """The languages `obj.field` is written in, the default language first."""
    return [code for code in content_languages() if in_language(obj, field, code)]


def shown_language(obj, field):
    """The language `obj.field` is displayed in: the page's, or the default language as the
    fallback."""
    language = get_language()
    if language == default_language() or (
        field in translated_fields(obj) and in_language(obj, field, language)
    ):
        return language
    return default_language()


def interface_language():
    """The language of the page's own words: the page's language, or Vietnamese for the
    ethnic-minority languages, whose pages show the Vietnamese interface."""
    language = get_language()
    return language if language in settings.INTERFACE_LANGUAGES else settings.LANGUAGE_CODE


def language_name_in_interface(code):
    """How the interface names a language mid-sentence: "English" on English pages,
    "tiếng Mông" in the Vietnamese interface."""
    info = get_language_info(code)
    if interface_language() != settings.LANGUAGE_CODE:
        return info["name_local"]
    return info.get("name_vi", info["name"])


def language_name(code):
    """A language's name in that language ("Hmoob"), as a switcher lists it."""
    return get_language_info(code)["name_local"]
