"""What every content type gets from its declarations: "translated into", lists without long
texts, the admin's translated-languages column, revisions without the search columns, and the
visibility and search indexes."""

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import make, publishable_models
from ubdt_portal.languages import (
    content_languages,
    default_language,
    localized_name,
    localized_names,
)
from ubdt_portal.publishing.admin import TranslatedLanguagesColumn
from ubdt_portal.publishing.models import fitting_index_name
from ubdt_portal.search.models import SEARCH_COLUMNS, Searchable

pytestmark = pytest.mark.django_db

MODELS = publishable_models()
OTHER_LANGUAGES = [code for code in content_languages() if code != default_language()]


def each_model(function):
    return pytest.mark.parametrize(
        "model", MODELS, ids=[model._meta.label_lower for model in MODELS]
    )(function)


def title_in(model, language):
    return localized_name(model, model.title_field, language)


@each_model
def test_translated_into_keeps_items_written_in_that_language(model):
    only_default = make(model)
    everywhere = make(model, **{title_in(model, code): f"Tên {code}" for code in OTHER_LANGUAGES})
    for code in OTHER_LANGUAGES:
        some = make(model, **{title_in(model, code): f"Bản dịch {code}"})
        assert set(model.objects.translated_into(code)) == {everywhere, some}, code
        some.delete()
    assert set(model.objects.translated_into(default_language())) == {only_default, everywhere}


@each_model
def test_lists_read_no_long_text_in_any_language_and_no_search_column(model):
    make(model)
    deferred = model.listing_deferred_fields()
    long_columns = {
        name for field in model.long_text_fields for name in [field, *localized_names(model, field)]
    }
    assert long_columns <= set(deferred)
    if issubclass(model, Searchable):
        assert set(SEARCH_COLUMNS) <= set(deferred)
    with CaptureQueriesContext(connection) as captured:
        (item,) = model.objects.without_long_texts()
    columns = {field.column for field in model._meta.concrete_fields}
    for name in deferred:
        assert f'"{name}"' not in captured.captured_queries[0]["sql"]
        assert name in columns
    assert f'"{title_in(model, default_language())}"' in captured.captured_queries[0]["sql"]
    assert item.get_deferred_fields() == set(deferred)


@each_model
def test_the_admin_list_says_which_languages_an_item_is_in(admin_client, model):
    if not isinstance(admin.site._registry.get(model), TranslatedLanguagesColumn):
        pytest.fail(f"{model.__name__}'s admin has no translated-languages column")
    second = OTHER_LANGUAGES[0]
    make(model, **{title_in(model, second): "Bản dịch"})
    opts = model._meta
    page = admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    expected = f"{default_language()}, {second}"
    assert f'<td class="field-translated_languages">{expected}</td>' in page.content.decode()


@each_model
def test_revisions_keep_every_language_and_leave_out_the_search_columns(model):
    kept = {field.name for field in model.history.model._meta.fields}
    assert not kept & set(SEARCH_COLUMNS)
    assert {title_in(model, code) for code in content_languages()} <= kept


@each_model
def test_visibility_and_search_are_indexed(model):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s",
            [model._meta.db_table],
        )
        indexes = dict(cursor.fetchall())
    prefix = f"{model._meta.app_label}_{model._meta.model_name}"
    assert "(status, publish_at)" in indexes[fitting_index_name(f"{prefix}_visible")]
    if issubclass(model, Searchable):
        assert "USING gin (search_vector)" in indexes[fitting_index_name(f"{prefix}_search")]
