import pytest

from policies.models import Policy

pytestmark = pytest.mark.django_db


def test_slug_is_ascii_from_the_vietnamese_title_and_unique(make_policy):
    first = make_policy(title_vi="Hỗ trợ đất ở cho đồng bào")
    second = make_policy(title_vi="Hỗ trợ đất ở cho đồng bào")
    assert first.slug == "ho-tro-dat-o-cho-dong-bao"
    assert second.slug == "ho-tro-dat-o-cho-dong-bao-2"


def test_long_titles_make_short_slugs_cut_at_a_word(make_policy):
    policy = make_policy(title_vi="Quyết định phê duyệt " + "chương trình mục tiêu quốc gia " * 6)
    assert len(policy.slug) <= 80
    assert not policy.slug.endswith("-")
    assert policy.slug.split("-")[-1] in {"chuong", "trinh", "muc", "tieu", "quoc", "gia"}


def test_rich_text_is_sanitised_on_save(make_policy):
    policy = make_policy(
        full_text_vi=(
            '<p onclick="steal()">Điều 1 <script>alert(1)</script><a href="javascript:x()">x</a>'
            '<a href="https://vbpl.vn">vbpl</a><img src=x onerror=alert(2)>'
            '<iframe src="https://evil.example"></iframe><strong style="color:red">đậm</strong></p>'
        )
    )
    policy.refresh_from_db()
    html = policy.full_text_vi
    for forbidden in ("script", "onclick", "javascript:", "onerror", "<img", "iframe", "style="):
        assert forbidden not in html
    assert '<a href="https://vbpl.vn" rel="noopener noreferrer">vbpl</a>' in html
    assert "<strong>đậm</strong>" in html


def test_article_and_clause_headings_get_stable_anchors(housing_policy):
    html = housing_policy.full_text_with_anchors()
    assert '<h3 id="dieu-1">Điều 1. Phạm vi điều chỉnh</h3>' in html
    assert '<p id="dieu-1-khoan-2">Khoản 2.' in html
    assert '<h3 id="dieu-2">Điều 2.' in html


def test_text_is_stored_nfc(make_policy):
    policy = make_policy(full_text_vi="<p>Vie\u0323\u0302t Nam</p>")
    policy.refresh_from_db()
    assert "Việt Nam" in policy.full_text_vi


def test_lines_drop_bullets_and_blank_lines(housing_policy):
    housing_policy.benefits_vi = "- 40 triệu đồng\n\n• Vay vốn\n"
    assert housing_policy.lines("benefits") == ["40 triệu đồng", "Vay vốn"]


def test_search_and_visibility_are_indexed():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'policies_policy'"
        )
        indexes = dict(cursor.fetchall())
    assert "USING gin (search_vector)" in indexes["policies_policy_search"]
    assert "(status, publish_at)" in indexes["policies_policy_visible"]


def test_listing_reads_no_long_texts(make_policy):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_policy(full_text_vi="<p>" + "Điều khoản dài. " * 5000 + "</p>")
    with CaptureQueriesContext(connection) as captured:
        list(Policy.objects.for_listing())
    main_query = captured.captured_queries[0]["sql"]
    assert '"full_text_vi"' not in main_query and '"search_vector"' not in main_query
    assert "DISTINCT" not in main_query
