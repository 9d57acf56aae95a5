"""The site search, for every searchable content type: its source finds published items by
their title in every language they are written in, never anything unpublished, and pages
through one type's results."""

from datetime import timedelta

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import make, publishable_models
from ubdt_portal.languages import content_languages, localized_name
from ubdt_portal.publishing.models import Status
from ubdt_portal.reference.models import Topic
from ubdt_portal.search import registry
from ubdt_portal.search.models import Searchable

pytestmark = pytest.mark.django_db

SEARCHABLE = [model for model in publishable_models() if issubclass(model, Searchable)]


def each_model(function):
    return pytest.mark.parametrize(
        "model", SEARCHABLE, ids=[model._meta.label_lower for model in SEARCHABLE]
    )(function)


def source_of(model):
    (source,) = [source for source in registry.sources() if source.model is model]
    return source


def titled(model, title, **fields):
    """An item of `model` whose title, in the default language, is `title`."""
    column = localized_name(model, model.search_title_fields[0], content_languages()[0])
    return make(model, **{column: title, **fields})


def link(item):
    return f'href="{item.get_absolute_url()}"'


def search(client, **params):
    response = client.get("/tim-kiem/", params)
    assert response.status_code == 200
    return response.content.decode()


@each_model
def test_every_searchable_content_type_has_a_source(model):
    assert source_of(model).key


@each_model
def test_an_item_is_found_without_accents_in_every_language_it_is_written_in(client, model):
    field = model.search_title_fields[0]
    # A word of its own per language, with marks that the query leaves out: "viỹ" -> "viy".
    titles = {
        localized_name(model, field, code): f"Thử nghiệm {code}ỹ" for code in content_languages()
    }
    item = make(model, **titles)
    other = titled(model, "Một nội dung khác hẳn")
    source = source_of(model)
    for code in content_languages():
        query = f"thu nghiem {code}y"
        assert list(source.find(query)) == [item], code
        assert link(item) in search(client, q=query) and link(other) not in search(client, q=query)
        assert link(item) in search(client, q=query, type=source.key)


UNPUBLISHED = {
    "draft": {"status": Status.DRAFT},
    "in review": {"status": Status.REVIEW},
    "archived": {"status": Status.ARCHIVED},
    "scheduled": {"status": Status.PUBLISHED, "publish_at": timezone.now() + timedelta(days=1)},
}


@each_model
@pytest.mark.parametrize("state", UNPUBLISHED)
def test_unpublished_items_are_never_found(client, model, state):
    hidden = titled(model, "Bản thử nghiệm kín", **UNPUBLISHED[state])
    shown = titled(model, "Bản thử nghiệm công khai")
    source = source_of(model)
    assert list(source.find("ban thu nghiem")) == [shown]
    for html in (
        search(client, q="ban thu nghiem"),
        search(client, q="ban thu nghiem", type=source.key),
    ):
        assert link(shown) in html and link(hidden) not in html


@each_model
def test_a_source_that_forgets_to_hide_drafts_still_never_shows_them(client, model, monkeypatch):
    careless = registry.SearchSource(
        key="careless", label="Careless", queryset=model._default_manager.all()
    )
    monkeypatch.setitem(registry._sources, careless.key, careless)
    draft = titled(model, "Bản nháp bí mật", status=Status.DRAFT)
    assert list(careless.find("ban nhap bi mat")) == []
    assert link(draft) not in search(client, q="ban nhap bi mat", type="careless")
    assert link(draft) not in search(client, q="ban nhap bi mat")


def test_only_searchable_published_content_can_be_a_source():
    with pytest.raises(ImproperlyConfigured):
        registry.register(registry.SearchSource("topics", "Topics", Topic.objects.all()))


@each_model
def test_one_type_is_paged_through(client, model):
    items = [titled(model, f"Mục phân trang số {n}") for n in range(registry.PER_PAGE + 2)]
    key = source_of(model).key
    first = search(client, q="muc phan trang", type=key)
    second = search(client, q="muc phan trang", type=key, page="2")
    # Equally good matches come newest first, so the two oldest are on page 2.
    assert [item for item in items if link(item) in second] == items[:2]
    assert sum(link(item) in first for item in items) == registry.PER_PAGE
    assert 'rel="prev"' in second and 'rel="next"' in first
    # The page of every type links to the full list of this one.
    overview = search(client, q="muc phan trang")
    assert f"type={key}" in overview and f"{registry.PER_PAGE + 2})" in overview


@pytest.mark.parametrize(
    "params",
    [
        {"type": "khong-co"},
        {"type": "<script>"},
        {"type": ""},
        {"page": "abc"},
        {"page": "0"},
        {"page": "-1"},
        {"page": "99999999999999999999999"},
        {"page": "2"},
        {"type": "{key}", "page": "abc"},
        {"type": "{key}", "page": "-3"},
        {"type": "{key}", "page": "99999999999999999999999"},
    ],
)
@each_model
def test_an_unknown_type_or_page_gives_the_ordinary_page(client, model, params):
    item = titled(model, "Nội dung bình thường")
    params = {name: value.format(key=source_of(model).key) for name, value in params.items()}
    html = search(client, q="noi dung binh thuong", **params)
    assert link(item) in html
    assert "<script>" not in html.split("<main", 1)[1]


def queries(client, **params):
    client.get("/tim-kiem/", params)  # warm caches (site settings) the way a running server has
    with CaptureQueriesContext(connection) as captured:
        search(client, **params)
    return len(captured)


@each_model
def test_the_number_of_queries_does_not_grow_with_the_results(client, model):
    key = source_of(model).key
    pages = [
        {"q": "so luong"},
        {"q": "so luong", "type": key},
        {"q": "so luong", "type": key, "page": "2"},
    ]
    for n in range(3):
        titled(model, f"Số lượng kết quả {n}")
    queries(client, **pages[0])  # fill what every page caches (site settings, alerts) first
    few = [queries(client, **params) for params in pages]
    for n in range(registry.PER_PAGE * 2):
        titled(model, f"Số lượng kết quả thêm {n}")
    assert [queries(client, **params) for params in pages] == few
