"""Notices at the top of public pages (a flood warning), contributed by the domain apps.

The page shell belongs to the portal, which never imports a domain app: an app registers a
provider from its AppConfig.ready(), and the base template asks every provider once per page.

    notices.register(provider)  # provider(request, provinces, everything) -> [notice, …]

`provinces` are the ids of the provinces a page is about (a province's or a commune's page puts
them in its context as `notice_provinces`), `everything` is true on the home page (its context
sets `notice_everything`). A notice is any object the provider's template shows: each provider
names its template. Providers answer from a cache: a page must not pay a query for them.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Provider:
    name: str
    template_name: str
    get_notices: Callable


_providers: dict[str, Provider] = {}


def register(name, *, template_name, get_notices):
    """Add (or replace) the provider `name`; `get_notices(request, provinces, everything)`
    returns the notices to show, in order."""
    _providers[name] = Provider(name, template_name, get_notices)


def unregister(name):
    _providers.pop(name, None)


def render(request, provinces=(), everything=False):
    """[{"template_name", "notices"}] for the providers that have something to show."""
    shown = []
    for provider in _providers.values():
        notices = provider.get_notices(request, frozenset(provinces), everything)
        if notices:
            shown.append({"template_name": provider.template_name, "notices": notices})
    return shown
