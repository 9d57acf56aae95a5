"""The one site-wide search: domain apps declare their sources, the search page asks each.

A source is a declaration: a key (`?type=` in the address), a label, and a queryset of a
Searchable, Publishable model (or a function returning one, evaluated at each search). The
registry narrows it to published items itself, leaves out long texts, ranks, counts and
paginates; each result is the item's own `search_result()`. The shared code never imports a
domain app: apps register their source from ready().
"""

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.exceptions import ImproperlyConfigured
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.urls import reverse

from ubdt_portal.publishing.models import Publishable

from . import engine
from .models import Searchable

PER_PAGE = 20


@dataclass(frozen=True)
class SearchSource:
    key: str
    label: str
    queryset: QuerySet | Callable[[], QuerySet]
    # The app's own list, which filters by `q` and more (e.g. "policies:list").
    list_url_name: str = ""

    def base_queryset(self):
        return self.queryset() if callable(self.queryset) else self.queryset.all()

    @property
    def model(self):
        return self.base_queryset().model

    def find(self, query):
        """Published items matching `query`, best first. Drafts, scheduled and archived items
        are never found, whatever queryset the source gave."""
        return engine.search(self.base_queryset().published().without_long_texts(), query)

    def list_url(self, query):
        if not self.list_url_name:
            return ""
        return f"{reverse(self.list_url_name)}?{urlencode({'q': query})}"


_sources: dict[str, SearchSource] = {}


def register(source):
    model = source.model
    if not (issubclass(model, Publishable) and issubclass(model, Searchable)):
        raise ImproperlyConfigured(f"Search source {source.key!r}: {model} is not searchable.")
    _sources[source.key] = source


def sources():
    return list(_sources.values())


def search_url(query, source=None):
    """The search page's address for `query`, in one source's results or in all of them."""
    params = {"q": query, **({"type": source.key} if source else {})}
    return f"{reverse('search:search')}?{urlencode(params)}"


def search_page(raw_query, type_key="", page_number=None):
    """The search page's context: every source's count and first results, or, when `type_key`
    names a source, that source's results a page at a time. An unknown type or page number
    gives the page anyone would get without it."""
    query = engine.normalise_query(raw_query)
    source = _sources.get(type_key)
    context = {"query": query, "source": None, "groups": [], "total": 0}
    if not query:
        return context
    if source is not None:
        page = Paginator(source.find(query), PER_PAGE).get_page(page_number)
        page.object_list = [item.search_result() for item in page.object_list]
        context.update(
            source=source,
            page=page,
            total=page.paginator.count,
            list_url=source.list_url(query),
            overview_url=search_url(query),
        )
        return context
    for source in _sources.values():
        found = source.find(query)
        context["groups"].append(
            {
                "key": source.key,
                "label": source.label,
                "count": found.count(),
                "results": [item.search_result() for item in found[:PER_PAGE]],
                "list_url": source.list_url(query),
                "all_url": search_url(query, source),
            }
        )
    context["total"] = sum(group["count"] for group in context["groups"])
    return context
