"""The one search engine's storage: accent-folded text kept beside each searchable record, and a
PostgreSQL tsvector generated from it (GIN-indexed), weighted title over body.

A searchable model declares which of its fields are searched; translated fields are searched
in every configured language. It also says, in one method, how it appears in a result list."""

import re
from dataclasses import dataclass

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models

from ubdt_portal.languages import localized_names, shown_language
from ubdt_portal.vietnamese import fold

_NOT_WORD = re.compile(r"[\W_]+")

# Derived from the declared fields: never edited, never kept in revisions, never listed.
SEARCH_COLUMNS = ("search_title", "search_body", "search_vector")


def search_text(*parts):
    """Folded, punctuation-free text: "Quyết định 1719/QĐ-TTg" -> "quyet dinh 1719 qd ttg"."""
    return " ".join(_NOT_WORD.sub(" ", fold(part)).strip() for part in parts if part).strip()


def document_number_variants(number):
    """What people type for a document number: "42/2022/NĐ-CP" is also found as "NĐCP",
    "42/2022" or "422022ndcp"."""
    if not number:
        return ""
    folded = fold(number)
    compact = _NOT_WORD.sub("", folded)
    suffix = _NOT_WORD.sub("", folded.split("/")[-1])
    return " ".join(dict.fromkeys([search_text(number), compact, suffix]))


@dataclass(frozen=True)
class SearchResult:
    """What a result list shows of an item, whatever its type."""

    title: str
    url: str
    summary: str = ""
    language: str = ""  # of the title (it may fall back to the default language)
    summary_language: str = ""
    status_label: str = ""
    status_tone: str = ""  # the badge's colour: "ok", "warn" or "off"


class Searchable(models.Model):
    # Declarations: fields weighted as titles, and as body text. Translated fields are searched
    # in every language. The first title field names a result, the first body field (keep it
    # short: lists do not load long texts) summarises it.
    search_title_fields = ("title",)
    search_body_fields = ()

    search_title = models.TextField(editable=False, default="")
    search_body = models.TextField(editable=False, default="")
    search_vector = models.GeneratedField(
        expression=SearchVector("search_title", weight="A", config="simple")
        + SearchVector("search_body", weight="B", config="simple"),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    class Meta:
        abstract = True
        indexes = [GinIndex(fields=["search_vector"], name="%(app_label)s_%(class)s_search")]

    def search_extras(self):
        """(title parts, body parts) searched besides the declared fields, such as the ways
        people type a document number."""
        return [], []

    def search_parts(self):
        """(title parts, body parts): the extras, then the declared fields in every language."""
        extra_titles, extra_bodies = self.search_extras()
        return (
            [*extra_titles, *self._values_in_every_language(self.search_title_fields)],
            [*extra_bodies, *self._values_in_every_language(self.search_body_fields)],
        )

    def _values_in_every_language(self, fields):
        return [
            getattr(self, name) for field in fields for name in localized_names(type(self), field)
        ]

    def compute_search_fields(self):
        """Fill the folded search columns; save() does it, bulk loaders call it themselves."""
        title_parts, body_parts = self.search_parts()
        self.search_title = search_text(*title_parts)
        self.search_body = search_text(*body_parts)

    def save(self, *args, **kwargs):
        self.compute_search_fields()
        super().save(*args, **kwargs)

    def search_result(self):
        """How the item appears in search results, in the page's language (or the default
        language where it is not translated). Models add what their lists show."""
        title_field = self.search_title_fields[0]
        summary_field = self.search_body_fields[0] if self.search_body_fields else None
        return SearchResult(
            title=getattr(self, title_field),
            url=self.get_absolute_url(),
            summary=getattr(self, summary_field) if summary_field else "",
            language=shown_language(self, title_field),
            summary_language=shown_language(self, summary_field) if summary_field else "",
        )
