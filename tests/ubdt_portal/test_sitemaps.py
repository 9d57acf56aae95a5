"""The sitemap: an index of sections that parse as XML, listing the public pages only — every
content type's published items whose time has come, reference pages and fixed pages — each in
the languages it is written in, with hreflang alternates and x-default to the Vietnamese page,
in a number of queries that does not grow with the items."""

import xml.etree.ElementTree as ET
from datetime import timedelta
from unittest import mock

import pytest
from django.utils import timezone

from tests.factories import make, publishable_models
from ubdt_portal import sitemaps
from ubdt_portal.languages import content_languages, localized_name
from ubdt_portal.publishing.models import Status
from ubdt_portal.reference.models import Commune, Province

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
HOST = "http://testserver"
MODELS = publishable_models()
every_model = pytest.mark.parametrize(
    "model", MODELS, ids=[model._meta.label_lower for model in MODELS]
)


def xml(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"] == "application/xml"
    return ET.fromstring(response.content)


def index(client):
    root = xml(client, "/sitemap.xml")
    assert root.tag == f"{{{NS['s']}}}sitemapindex"
    return [
        (entry.findtext("s:loc", namespaces=NS), entry.findtext("s:lastmod", namespaces=NS))
        for entry in root.findall("s:sitemap", NS)
    ]


def urls(client, path):
    """{address: {"lastmod": …, "alternates": {hreflang: address}}} of a sitemap page; an
    address listed twice fails."""
    root = xml(client, path)
    assert root.tag == f"{{{NS['s']}}}urlset"
    found = {}
    for url in root.findall("s:url", NS):
        loc = url.findtext("s:loc", namespaces=NS)
        assert loc not in found, loc
        found[loc] = {
            "lastmod": url.findtext("s:lastmod", namespaces=NS),
            "alternates": {
                link.get("hreflang"): link.get("href")
                for link in url.findall("x:link", NS)
                if link.get("rel") == "alternate"
            },
        }
    return found


def section_key(model):
    """The section that lists `model`."""
    for key, factory in sitemaps.sections().items():
        if getattr(factory(), "model", None) is model:
            return key
    raise AssertionError(f"No sitemap section lists {model._meta.label}")


def section(client, model):
    """Every address of `model`'s section, all its pages read."""
    key = section_key(model)
    pages = [loc for loc, _lastmod in index(client) if f"/sitemap-{key}.xml" in loc]
    found = {}
    for page in pages:
        found.update(urls(client, page.removeprefix(HOST)))
    return found


def address(item, language=None):
    path = item.get_absolute_url()
    return f"{HOST}{path}" if language in (None, "vi") else f"{HOST}/{language}{path}"


def test_the_index_and_every_section_parse_and_are_outside_the_languages(client):
    entries = index(client)
    assert entries and all(loc.startswith(f"{HOST}/sitemap-") for loc, _lastmod in entries)
    for loc, _lastmod in entries:
        urls(client, loc.removeprefix(HOST))
    assert client.get("/en/sitemap.xml").status_code == 404


@every_model
def test_every_content_type_has_a_section_of_its_published_items(client, model):
    now = timezone.now()
    public = make(model)
    draft = make(model, status=Status.DRAFT, publish_at=now - timedelta(days=1))
    in_review = make(model, status=Status.REVIEW)
    scheduled = make(model, publish_at=now + timedelta(hours=1))
    archived = make(model, status=Status.ARCHIVED)
    listed = section(client, model)
    assert address(public) in listed
    for hidden in (draft, in_review, scheduled, archived):
        assert address(hidden) not in listed


@every_model
def test_an_item_appears_when_its_time_comes_and_goes_when_withdrawn(client, model):
    due = timezone.now() + timedelta(days=2)
    item = make(model, publish_at=due)
    assert address(item) not in section(client, model)
    with mock.patch("django.utils.timezone.now", return_value=due + timedelta(minutes=1)):
        assert address(item) in section(client, model)
        item.status = Status.ARCHIVED
        item.save()
        assert address(item) not in section(client, model)


@every_model
def test_hreflang_alternates_name_only_the_languages_an_item_is_translated_into(client, model):
    title_en = localized_name(model, model.title_field, "en")
    translated = make(model, **{title_en: "Translated into English"})
    untranslated = make(model)
    listed = section(client, model)

    both = {"vi": address(translated), "en": address(translated, "en")}
    both["x-default"] = both["vi"]
    assert listed[address(translated)]["alternates"] == both
    assert listed[address(translated, "en")]["alternates"] == both
    assert listed[address(untranslated)]["alternates"] == {
        "vi": address(untranslated),
        "x-default": address(untranslated),
    }
    for code in content_languages():
        if code != "vi":
            assert address(untranslated, code) not in listed
            if code != "en":
                assert address(translated, code) not in listed


def test_x_default_is_the_vietnamese_address_even_of_a_slug_like_a_language_code(client):
    model = MODELS[0]
    item = make(model, slug="vi", **{localized_name(model, model.title_field, "en"): "Vi"})
    alternates = section(client, model)[address(item, "en")]["alternates"]
    assert alternates["x-default"] == alternates["vi"] == f"{HOST}{item.get_absolute_url()}"
    assert item.get_absolute_url().endswith("/vi/")


@every_model
def test_lastmod_is_the_last_change_or_the_publication_when_later(client, model):
    now = timezone.now()
    changed = make(model, publish_at=now - timedelta(days=30))
    type(changed).objects.filter(pk=changed.pk).update(updated_at=now - timedelta(days=3))
    # Saved while scheduled, published since: the public first saw it when it was published.
    scheduled = make(model, publish_at=now - timedelta(days=2))
    type(scheduled).objects.filter(pk=scheduled.pk).update(updated_at=now - timedelta(days=9))
    listed = section(client, model)
    local = timezone.localdate
    assert listed[address(changed)]["lastmod"] == local(now - timedelta(days=3)).isoformat()
    assert listed[address(scheduled)]["lastmod"] == local(now - timedelta(days=2)).isoformat()
    latest = dict(index(client))[f"{HOST}/sitemap-{section_key(model)}.xml"]
    assert latest.startswith(local(now - timedelta(days=2)).isoformat())


@every_model
def test_a_sitemap_page_reads_a_bounded_number_of_rows(
    client, model, django_assert_max_num_queries
):
    """One query for the counts and one per language the page spans, however many items."""
    title_en = localized_name(model, model.title_field, "en")
    key = section_key(model)
    for count in (2, 12):
        for n in range(count):
            make(model, **({title_en: f"In English {n}"} if n % 2 else {}))
        with django_assert_max_num_queries(3):
            assert len(urls(client, f"/sitemap-{key}.xml")) >= count
    with django_assert_max_num_queries(len(sitemaps.sections()) + 1):
        index(client)


def test_a_long_section_is_paged_across_languages_without_losing_or_repeating(
    client, monkeypatch, django_assert_max_num_queries
):
    model = MODELS[0]
    title_en = localized_name(model, model.title_field, "en")
    items = [make(model, **({title_en: f"In English {n}"} if n < 3 else {})) for n in range(5)]
    monkeypatch.setattr(sitemaps.LanguageSitemap, "limit", 3)
    key = section_key(model)
    pages = [loc for loc, _lastmod in index(client) if f"/sitemap-{key}.xml" in loc]
    assert len(pages) == 3  # 5 Vietnamese addresses and 3 English ones, 3 a page
    found = []
    for page in pages:
        with django_assert_max_num_queries(3):
            found += list(urls(client, page.removeprefix(HOST)))
    expected = [address(item) for item in items] + [address(item, "en") for item in items[:3]]
    assert sorted(found) == sorted(expected)
    assert client.get(f"/sitemap-{key}.xml", {"p": "4"}).status_code == 404


@pytest.mark.parametrize("page", ["0", "abc", "1.5", "-1", "9" * 5000, "99"])
def test_a_junk_page_number_or_an_unknown_section_is_not_found(client, page):
    assert client.get("/sitemap-xa.xml", {"p": page}).status_code == 404
    assert client.get("/sitemap-khong-co.xml").status_code == 404


def test_the_fixed_pages_are_listed_in_the_interface_languages(client):
    listed = urls(client, "/sitemap-trang.xml")
    for path in ["/", "/chinh-sach/", "/chinh-sach/danh-cho-toi/", "/van-ban/", "/tin-tuc/"]:
        assert f"{HOST}{path}" in listed and f"{HOST}/en{path}" in listed
    for path in ["/hoi-dap/", "/hoi-dap/gui-cau-hoi/", "/xa/"]:
        assert listed[f"{HOST}{path}"]["alternates"] == {
            "vi": f"{HOST}{path}",
            "en": f"{HOST}/en{path}",
            "x-default": f"{HOST}{path}",
        }
    assert not [loc for loc in listed if "/hmn/" in loc]
    # Pages of one person's question, of a query, of staff: never.
    assert not [loc for loc in listed if any(p in loc for p in ("tra-cuu", "tim-kiem", "?"))]


def test_every_commune_and_province_page_is_listed_in_few_queries(
    client, django_assert_max_num_queries
):
    # Listed by primary key, Vietnamese first: the last commune ends the Vietnamese addresses.
    commune = Commune.objects.select_related("province").order_by("pk").last()
    pages = [loc for loc, _lastmod in index(client) if "/sitemap-xa.xml" in loc]
    communes, per_page = Commune.objects.count(), sitemaps.LanguageSitemap.limit
    # Each commune in Vietnamese and English.
    assert len(pages) == -(-communes * 2 // per_page)
    with django_assert_max_num_queries(3):
        listed = urls(client, pages[-(-communes // per_page) - 1].removeprefix(HOST))
    url = f"{HOST}{commune.get_absolute_url()}"
    assert url in listed
    assert listed[url]["alternates"]["en"] == f"{HOST}/en{commune.get_absolute_url()}"
    provinces = urls(client, "/sitemap-tinh.xml")
    assert len(provinces) == Province.objects.count() * 2
    assert f"{HOST}{commune.province.get_communes_url()}" in provinces


def test_an_ethnic_group_page_is_listed_in_a_language_its_description_is_written_in(client):
    from ubdt_portal.reference.models import EthnicGroup

    group = EthnicGroup.objects.get(slug="mong")
    group.description_hmn = "Haiv neeg Hmoob."
    group.save()
    listed = urls(client, "/sitemap-dan-toc.xml")
    alternates = listed[f"{HOST}/dan-toc/mong/"]["alternates"]
    assert set(alternates) == {"vi", "en", "hmn", "x-default"}
    assert alternates["hmn"] == f"{HOST}/hmn/dan-toc/mong/"
    assert f"{HOST}/hmn/dan-toc/tay/" not in listed


def test_every_section_lists_public_content_or_reference_pages_only():
    """A citizen's question (qa.Question) and any other private record have no section."""
    for key, factory in sitemaps.sections().items():
        sitemap = factory()
        model = getattr(sitemap, "model", None)
        if model is None:
            continue
        assert model in MODELS or model._meta.app_label == "reference", key
