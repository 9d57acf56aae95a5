"""Search inside the library is accent-insensitive and knows document numbers."""

import pytest

from policies.models import Policy

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(make_policy, housing_policy):
    make_policy(
        title_vi="Nghị định quy định chính sách cho trẻ em nhà trẻ, học sinh bán trú",
        summary_vi="Học sinh bán trú được hỗ trợ 15 kg gạo mỗi tháng.",
        document_number="66/2025/NĐ-CP",
    )
    make_policy(title_vi="Chính sách tín dụng ưu đãi", document_number="28/2022/NĐ-CP")
    return housing_policy


def titles(client, query):
    response = client.get("/chinh-sach/", {"q": query})
    assert response.status_code == 200
    return [policy.document_number for policy in response.context["page"]]


@pytest.mark.parametrize("query", ["ho tro nha o", "hỗ trợ nhà ở", "HỖ TRỢ NHÀ Ở", "hổ trợ nhà ơ"])
def test_words_match_without_accents_or_with_wrong_ones(client, library, query):
    assert titles(client, query) == ["1719/QĐ-TTg"]


@pytest.mark.parametrize("query", ["1719", "1719/QĐ-TTg", "1719/qd-ttg", "qd 1719", "QĐ-TTg 1719"])
def test_document_numbers_are_found_however_typed(client, library, query):
    assert titles(client, query)[:1] == ["1719/QĐ-TTg"]


@pytest.mark.parametrize("query", ["66/2025/nđ-cp", "66/2025", "NĐCP 66", "gao ban tru"])
def test_decree_found_by_number_variants_and_summary(client, library, query):
    assert "66/2025/NĐ-CP" in titles(client, query)


def test_english_title_is_searchable_too(client, library):
    assert titles(client, "housing programme") == ["1719/QĐ-TTg"]


def test_drafts_are_never_found(client, make_policy):
    make_policy(title_vi="Bản nháp về nhà ở", status="draft")
    assert titles(client, "ban nhap") == []


def test_site_search_page_lists_policies(client, library):
    html = client.get("/tim-kiem/", {"q": "nha o"}).content.decode()
    assert "1719/QĐ-TTg" in html
    assert "Chính sách" in html


def test_issuing_agency_is_searchable_in_every_language(client, make_policy):
    from django.utils import translation

    policy = make_policy(issuing_agency_vi="Ủy ban Dân tộc", issuing_agency_en="Committee")
    with translation.override("en"):
        Policy.objects.get(pk=policy.pk).save()
    assert titles(client, "uy ban dan toc") == [policy.document_number]
    assert titles(client, "committee") == [policy.document_number]


def test_site_search_shows_the_document_number_and_the_in_force_status(client, library):
    html = client.get("/tim-kiem/", {"q": "nha o"}).content.decode()
    assert "1719/QĐ-TTg — Quyết định phê duyệt" in html
    assert '<span class="badge badge-ok">Còn hiệu lực</span>' in html


def test_the_library_cleans_its_query_as_the_site_search_does(client, library):
    from ubdt_portal.search.engine import MAX_QUERY_LENGTH, normalise_query

    assert titles(client, "h\u00adỗ trợ nhà\u200bở") == ["1719/QĐ-TTg"]
    long_query = "nhà ở " + "x " * 300
    response = client.get("/chinh-sach/", {"q": long_query})
    assert response.context["form"].cleaned_data["q"] == normalise_query(long_query)
    assert f'maxlength="{MAX_QUERY_LENGTH}"' in response.content.decode()
