"""The one search engine's storage: accent-folded text kept beside each searchable record, and a
PostgreSQL tsvector generated from it (GIN-indexed), weighted title over body."""

import re

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models

from ubdt_portal.vietnamese import fold

_NOT_WORD = re.compile(r"[\W_]+")


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


class Searchable(models.Model):
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

    def search_parts(self):
        """(title parts, body parts) in every language; each searchable model defines it."""
        raise NotImplementedError

    def compute_search_fields(self):
        """Fill the folded search columns; save() does it, bulk loaders call it themselves."""
        title_parts, body_parts = self.search_parts()
        self.search_title = search_text(*title_parts)
        self.search_body = search_text(*body_parts)

    def save(self, *args, **kwargs):
        self.compute_search_fields()
        super().save(*args, **kwargs)
