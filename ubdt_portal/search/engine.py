"""Searching: the query is folded the same way as the stored text, every word must match (as a
prefix, so "ho tro nha" finds "hỗ trợ nhà ở"), and results are ranked title-first."""

import re

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import F

from ubdt_portal.vietnamese import fold

MAX_TERMS = 12
_WORD = re.compile(r"[^\W_]+")


def query_terms(query):
    return _WORD.findall(fold(query))[:MAX_TERMS]


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
