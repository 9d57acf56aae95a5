from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html

from ubdt_portal.languages import interface_language
from ubdt_portal.reference.models import SiteSettings

MAX_SWITCHER_URL = 2000


def portal(request):
    """What the page shell needs on every page: site settings and the language switcher."""
    current = translation.get_language()
    path = request.get_full_path()
    if len(path) > MAX_SWITCHER_URL:
        # A huge query string is not worth repeating in every switcher link.
        path = request.path
    languages = [
        {
            "code": code,
            "name_local": name_local,
            "url": translate_url(path, code),
            "is_current": code == current,
        }
        for code, _name_vi, name_local in settings.PORTAL_LANGUAGES
    ]
    # Ethnic-language pages show the interface in Vietnamese: mark those parts as such.
    interface_lang = interface_language()
    match = getattr(request, "resolver_match", None)
    return {
        # Which main-menu section the page belongs to (policies, news, qa, search).
        "nav_section": match.namespace if match else "",
        "interface_lang": interface_lang,
        "interface_lang_attr": format_html(' lang="{}"', interface_lang)
        if interface_lang != current
        else "",
        "site_settings": SiteSettings.load(),
        "portal_languages": languages,
        "admin_url": "/" + settings.ADMIN_URL,
        "default_language": settings.LANGUAGE_CODE,
    }
