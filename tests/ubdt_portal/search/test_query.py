"""One normalisation of what people type, for the site search and every list's search box."""

import pytest

from tests.factories import make, publishable_models
from ubdt_portal.languages import default_language, localized_name
from ubdt_portal.search.engine import MAX_QUERY_LENGTH, normalise_query, query_terms
from ubdt_portal.search.models import Searchable

SEARCHABLE = [model for model in publishable_models() if issubclass(model, Searchable)]


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("  hỗ   trợ\tnhà\nở  ", "hỗ trợ nhà ở"),
        ("ho\u0302\u0303 tro\u031b\u0323", "hỗ trợ"),  # decomposed marks, as some keyboards type
        ("nhà\u200bở", "nhà ở"),  # a zero-width space separates words
        ("nh\u00ada\u0300 \u200dở\ufeff", "nhà ở"),  # soft hyphen, joiner, BOM: dropped
        ("hỗ trợ\u202e nhà\u200f", "hỗ trợ nhà"),  # direction marks
        ("a\x00b\x1bc\x7f", "abc"),
        ("\u200b \t\u00ad", ""),
        (None, ""),
    ],
)
def test_queries_are_normalised(raw, normalised):
    assert normalise_query(raw) == normalised


def test_a_long_query_is_cut_to_the_limit():
    assert normalise_query("nhà ở " * 1_000) == ("nhà ở " * 1_000)[:MAX_QUERY_LENGTH].strip()
    assert len(normalise_query("a" * 100_000)) == MAX_QUERY_LENGTH
    # Whitespace counts once, however much was typed.
    assert normalise_query("a" + " " * 1_000 + "b") == "a b"


def test_terms_are_folded_and_few():
    assert query_terms("Hỗ\u200btrợ ĐẤT") == ["ho", "tro", "dat"]
    assert len(query_terms("từ " * 100)) == 12


@pytest.mark.django_db
@pytest.mark.parametrize("model", SEARCHABLE, ids=lambda model: model._meta.label_lower)
def test_the_search_page_finds_through_invisible_characters_and_shows_the_query_cleaned(
    client, model
):
    column = localized_name(model, model.search_title_fields[0], default_language())
    item = make(model, **{column: "Hỗ trợ nhà ở"})
    html = client.get("/tim-kiem/", {"q": "h\u00adỗ\ttrợ nhà\u200bở\u200d"}).content.decode()
    assert f'href="{item.get_absolute_url()}"' in html
    assert 'value="hỗ trợ nhà ở"' in html
    long_query = "nhà ở " + "x " * 300
    html = client.get("/tim-kiem/", {"q": long_query}).content.decode()
    assert f'value="{long_query[:MAX_QUERY_LENGTH].strip()}"' in html
