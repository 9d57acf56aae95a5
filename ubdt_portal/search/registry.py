"""The one site-wide search: domain apps register a source, the search page asks each of them.

A source is a function `(query) -> SourceResults`: how many records match, the first few (dicts
with `title`, `url`, `summary`, `lang`) and where to see them all. The shared code never imports
a domain app; apps register their source from ready().
"""

from collections.abc import Callable
from dataclasses import dataclass

from ubdt_portal.vietnamese import nfc

MAX_QUERY_LENGTH = 200


@dataclass(frozen=True)
class SearchSource:
    key: str
    label: str
    search: Callable


@dataclass(frozen=True)
class SourceResults:
    count: int
    results: list
    more_url: str = ""


_sources: dict[str, SearchSource] = {}


def register(key, *, label, search):
    _sources[key] = SearchSource(key, label, search)


def clean_query(raw):
    """The query as searched: NFC, without control characters, of a sane length."""
    text = "".join(ch for ch in nfc(raw) if ch.isprintable())
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def search_all(raw_query):
    query = clean_query(raw_query)
    groups = []
    if query:
        for source in _sources.values():
            found = source.search(query)
            groups.append({"key": source.key, "label": source.label, "found": found})
    return {
        "query": query,
        "groups": groups,
        "total": sum(group["found"].count for group in groups),
    }
