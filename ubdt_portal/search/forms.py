from django import forms

from .engine import MAX_QUERY_LENGTH, normalise_query


class QueryField(forms.CharField):
    """A search box of a list's filter form: the query normalised as the site search does it
    (a longer query is cut, not refused)."""

    def __init__(self, **kwargs):
        super().__init__(max_length=MAX_QUERY_LENGTH, required=False, **kwargs)

    def to_python(self, value):
        return normalise_query(super().to_python(value))
