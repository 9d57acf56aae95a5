"""Columns that store a value derived from other data (a document's in-force status, whether a
benefit applies now), so that lists sort and filter on an index: written from the one
expression that derives them, only where the stored value differs."""

from django.db.models import Q


def store_derived(queryset, field, expression):
    """Set `field` to `expression` for the rows of `queryset` whose stored value differs;
    returns their ids (nothing is written when none differs)."""
    changed = list(queryset.filter(~Q(**{field: expression})).values_list("pk", flat=True))
    if changed:
        queryset.model._base_manager.filter(pk__in=changed).update(**{field: expression})
    return changed
