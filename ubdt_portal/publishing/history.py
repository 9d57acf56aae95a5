"""Revisions of content (django-simple-history), registered the same way for every content type."""

import simple_history

from ubdt_portal.search.models import SEARCH_COLUMNS, Searchable


def register_history(model, **options):
    """Keep every save of `model` as a revision: who, when, and every field in every language.
    Call it from the app's translation.py, after modeltranslation has added the per-language
    fields. The search columns are derived from the other fields and are always left out."""
    excluded = list(options.pop("excluded_fields", ()))
    if issubclass(model, Searchable):
        excluded += [name for name in SEARCH_COLUMNS if name not in excluded]
    simple_history.register(model, app=model._meta.app_label, excluded_fields=excluded, **options)
