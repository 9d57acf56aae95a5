"""Searching: the query is folded the same way as the stored text, every word must match (as a
prefix, so "ho tro nha" finds "hỗ trợ nhà ở"), and results are ranked title-first.

A query is normalised once, here, for every search box: the site search and each app's own
list filter."""

import re

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import F

from ubdt_portal.vietnamese import fold, nfc

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
_WORD = re.compile(r"[^\W_]+")
# Read as a space: it is put (or pasted) between words. Other invisible characters — joiners,
# soft hyphens, direction marks — turn up inside words and are dropped.
_WORD_BREAKS = {"\u200b"}


def normalise_query(raw):
    """The query as searched and shown back: NFC, runs of whitespace as one space, control and
    invisible characters dropped, at most MAX_QUERY_LENGTH characters."""
    # Whitespace collapses, so a query no more than a few times the limit is all that matters.
    text = (raw or "")[: MAX_QUERY_LENGTH * 10]
    kept = (
        " " if char.isspace() or char in _WORD_BREAKS else char
        for char in text
        if char.isprintable() or char.isspace() or char in _WORD_BREAKS
    )
    return nfc(" ".join("".join(kept).split()))[:MAX_QUERY_LENGTH].strip()


def query_terms(query):
    return _WORD.findall(fold(normalise_query(query)))[:MAX_TERMS]


def search(queryset, query):
    """Rank `queryset` (of a Searchable model) by `query`; an empty query matches nothing."""
    terms = query_terms(query)
    if not terms:
        return queryset.none()
    tsquery = SearchQuery(
        " & ".join(f"{term}:*" for term in terms), search_type="raw", config="simple"
    )
    return (
        queryset.filter(search_vector=tsquery)
        .annotate(rank=SearchRank(F("search_vector"), tsquery))
        .order_by("-rank", "-pk")
    )
