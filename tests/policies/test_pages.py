"""The public policy pages: library, detail, finder, and the policies on other pages (home,
ethnic group) — in every language."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from policies.models import Policy
from ubdt_portal.reference.models import CommuneRegion, EthnicGroup, Province, Topic

pytestmark = pytest.mark.django_db


def test_library_combines_filters_counts_and_keeps_them_in_shareable_links(client, make_policy):
    health = Topic.objects.get(slug="y-te-dan-so")
    mong = EthnicGroup.objects.get(slug="mong")
    for n in range(25):
        make_policy(title_vi=f"Chính sách y tế {n}", topics=[health], ethnic_groups=[mong])
    make_policy(
        title_vi="Chính sách y tế cho dân tộc Thái",
        topics=[health],
        ethnic_groups=[EthnicGroup.objects.get(slug="thai")],
    )
    make_policy(title_vi="Chính sách giáo dục", topics=[Topic.objects.get(slug="giao-duc-dao-tao")])

    response = client.get("/chinh-sach/", {"topic": "y-te-dan-so", "group": "mong"})
    html = response.content.decode()
    assert response.context["page"].paginator.count == 25
    assert "25 chính sách" in html
    assert "Chính sách giáo dục" not in html and "dân tộc Thái" not in html
    # The next-page link keeps the filters.
    assert 'href="?topic=y-te-dan-so&amp;group=mong&amp;page=2"' in html
    page2 = client.get("/chinh-sach/", {"topic": "y-te-dan-so", "group": "mong", "page": 2})
    assert len(page2.context["page"].object_list) == 5


def test_group_and_province_filters_include_policies_for_everyone(client, make_policy):
    make_policy(title_vi="Cho mọi dân tộc, toàn quốc")
    make_policy(title_vi="Riêng tỉnh Điện Biên", provinces=[Province.objects.get(slug="dien-bien")])
    html = client.get("/chinh-sach/", {"group": "mong", "province": "lao-cai"}).content.decode()
    assert "Cho mọi dân tộc, toàn quốc" in html
    assert "Riêng tỉnh Điện Biên" not in html


def test_type_year_and_language_filters(client, make_policy):
    make_policy(
        title_vi="Thông tư năm 2022",
        document_type="thong-tu",
        signed_date="2022-06-30",
        title_en="Circular of 2022",
    )
    make_policy(title_vi="Nghị định năm 2023", document_type="nghi-dinh", signed_date="2023-03-01")
    html = client.get("/chinh-sach/", {"type": "thong-tu", "year": "2022"}).content.decode()
    assert "Thông tư năm 2022" in html and "Nghị định năm 2023" not in html
    html = client.get("/en/chinh-sach/", {"lang": "on"}).content.decode()
    assert "Circular of 2022" in html and "Nghị định năm 2023" not in html


@pytest.mark.parametrize(
    "query",
    [
        {"page": "abc"},
        {"page": "1000000000"},
        {"page": "-1"},
        {"topic": "khong-ton-tai"},
        {"group": "x" * 8_000},
        {"q": "a" * 8_000},
        {"year": "năm ngoái"},
        {"year": "99999999999999999999"},
        {"status": "<script>"},
        {"type": "'; drop table policies_policy; --"},
        {"province": "%00"},
        {"q": "ho tro\u200b nha\u202eo"},
        {"q": "&|!:*()"},
    ],
)
def test_bad_filter_values_never_break_the_library(client, housing_policy, query):
    response = client.get("/chinh-sach/", query)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1].replace(
        "&lt;script&gt;", ""
    )


def test_a_bad_filter_is_explained_in_vietnamese_next_to_its_field(client, housing_policy):
    html = client.get("/chinh-sach/", {"topic": "khong-ton-tai"}).content.decode()
    assert "Lựa chọn này không có trong danh sách." in html
    assert "1719/QĐ-TTg" in html  # the other filters (none) still apply


@pytest.mark.parametrize("path", ["/chinh-sach/khong-co/", "/en/chinh-sach/x/"])
def test_unknown_slugs_are_404(client, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize(
    "query",
    [{"group": "khong-co"}, {"region": "IV"}, {"page": "abc", "group": "mong"}, {"topic": "ы"}],
)
def test_bad_finder_values_never_break_it(client, housing_policy, query):
    assert client.get("/chinh-sach/danh-cho-toi/", query).status_code == 200


def test_detail_puts_the_summary_first_then_claiming_then_the_legal_record(client, housing_policy):
    html = client.get(housing_policy.get_absolute_url()).content.decode()
    main = html.split('<main id="main"', 1)[1]
    order = [
        "Hộ nghèo dân tộc thiểu số được hỗ trợ tiền làm nhà ở.",
        "Ai được hưởng",
        "Được hưởng gì",
        "Cách làm thủ tục",
        "Thông tin văn bản",
        "Nội dung văn bản",
        "Tài liệu tải về",
    ]
    positions = [main.index(text) for text in order]
    assert positions == sorted(positions)
    assert "<li>Nộp đơn tại Ủy ban nhân dân xã</li>" in main
    for text in (
        "1719/QĐ-TTg",
        "Quyết định",
        "Thủ tướng Chính phủ",
        "Phạm Bình Minh",
        "14/10/2021",
    ):
        assert text in main
    assert '<span class="badge badge-ok">Còn hiệu lực</span>' in main
    assert re.search(
        r'<a href="/media/chinh-sach/[0-9a-f]{32}/1719-qd-ttg[^"]*\.pdf" download>', main
    )
    assert re.search(r"\(PDF, 1,\d\xa0KB\)", main)  # the size, with a decimal comma
    assert re.search(
        r'<audio controls preload="none" src="/media/chinh-sach/[0-9a-f]{32}/tom-tat', main
    )
    assert 'href="/hoi-dap/gui-cau-hoi/?chinh-sach=' + housing_policy.slug in main
    assert '<h3 id="dieu-1">' in main
    assert 'href="/dan-toc/mong/">Mông</a>' in main


def test_relations_are_shown_both_ways(client, make_policy):
    old = make_policy(title_vi="Nghị định cũ", document_number="116/2016/NĐ-CP")
    new = make_policy(title_vi="Nghị định mới", document_number="66/2025/NĐ-CP")
    new.replaces.add(old)
    old_html = client.get(old.get_absolute_url()).content.decode()
    assert "Được thay thế bởi" in old_html and "66/2025/NĐ-CP" in old_html
    assert "Hết hiệu lực toàn bộ" in old_html
    assert "Thay thế cho" in client.get(new.get_absolute_url()).content.decode()


def test_english_page_shows_the_translation_and_says_what_is_not_translated(client, housing_policy):
    html = client.get("/en" + housing_policy.get_absolute_url()).content.decode()
    assert '<html lang="en">' in html
    assert "<h1>Decision approving the housing support programme" in html
    assert "Poor ethnic-minority households get money" in html
    assert "Parts of this page have not been translated into English yet" in html
    assert "The Vietnamese text is authoritative." in html
    assert '<ol class="steps" lang="vi">' in html  # how to apply is still Vietnamese
    assert "Legal record" in html and "In force" in html


def test_fully_translated_page_has_no_notice(client, make_policy):
    policy = make_policy(
        title_en="Scholarships", summary_en="Pupils get money.", issuing_agency_en="Government"
    )
    html = client.get("/en" + policy.get_absolute_url()).content.decode()
    assert 'class="notice"' not in html


def test_untranslated_page_says_so_in_vietnamese_and_marks_the_text(client, housing_policy):
    html = client.get("/hmn" + housing_policy.get_absolute_url()).content.decode()
    assert '<html lang="hmn">' in html
    assert "Nội dung này chưa được dịch sang tiếng Mông. Dưới đây là bản tiếng Việt." in html
    # The fallback text sits inside the Vietnamese interface block, so it is marked Vietnamese.
    assert '<div class="wrap" lang="vi">' in html
    assert "<h1>Quyết định phê duyệt Chương trình hỗ trợ nhà ở" in html


def test_demo_translation_is_marked(client, make_policy):
    policy = make_policy(title_hmn="Txoj cai", summary_hmn="Cov lus luv.", demo_translations="hmn")
    html = client.get("/hmn" + policy.get_absolute_url()).content.decode()
    # Inside the Vietnamese interface of a /hmn/ page the Hmong text carries its own lang.
    assert '<h1 lang="hmn">Txoj cai</h1>' in html
    assert "Bản dịch này chỉ để minh họa" in html


def test_finder_explains_why_each_policy_applies(client, housing_policy, make_policy):
    make_policy(title_vi="Chính sách toàn quốc cho mọi dân tộc")
    make_policy(
        title_vi="Chính sách cho người Khmer", ethnic_groups=[EthnicGroup.objects.get(slug="khmer")]
    )
    make_policy(title_vi="Chính sách đã hết giai đoạn", legal_status_override="khong-con-phu-hop")
    response = client.get(
        "/chinh-sach/danh-cho-toi/", {"group": "mong", "province": "lao-cai", "region": "III"}
    )
    html = response.content.decode()
    assert housing_policy.title_vi in html
    assert "Chính sách toàn quốc cho mọi dân tộc" in html
    assert "Chính sách cho người Khmer" not in html
    assert "Chính sách đã hết giai đoạn" not in html
    assert "Dành cho đồng bào dân tộc Mông" in html
    assert "Áp dụng tại Lào Cai" in html
    assert "Dành cho xã thuộc Khu vực III" in html
    assert "Chỉ áp dụng tại" not in html
    assert "Áp dụng cho mọi dân tộc thiểu số" in html
    assert "2 chính sách có thể áp dụng cho bạn" in html


def test_finder_keeps_region_bound_policies_when_the_region_is_unknown(client, housing_policy):
    html = client.get("/chinh-sach/danh-cho-toi/", {"group": "mong"}).content.decode()
    assert housing_policy.title_vi in html
    assert "hãy hỏi xã bạn thuộc khu vực nào" in html
    # No province given: a policy limited to some provinces says so instead of looking national.
    assert "Chỉ áp dụng tại: Lào Cai" in html


def test_finder_without_answers_shows_only_the_form(client):
    html = client.get("/chinh-sach/danh-cho-toi/").content.decode()
    assert "Dân tộc của bạn" in html and 'id="finder-results"' not in html
    assert "Hãy chọn ít nhất một câu trả lời" not in html


def test_finder_submitted_empty_asks_for_an_answer(client):
    html = client.get(
        "/chinh-sach/danh-cho-toi/", {"group": "", "province": "", "region": "", "topic": ""}
    ).content.decode()
    assert "Hãy chọn ít nhất một câu trả lời — chỉ cần dân tộc hoặc tỉnh của bạn là đủ." in html
    assert 'id="finder-results"' not in html


def test_year_errors_are_plain_vietnamese_and_keep_what_was_typed(client, housing_policy):
    html = client.get("/chinh-sach/", {"year": "năm ngoái", "q": "nhà ở"}).content.decode()
    assert "Năm phải là số, ví dụ 2025." in html
    assert 'value="năm ngoái"' in html and 'value="nhà ở"' in html
    html = client.get("/chinh-sach/", {"year": "99999"}).content.decode()
    assert "Năm không được quá 2100." in html


def test_the_language_filter_is_offered_only_where_it_helps(client):
    assert 'name="lang"' not in client.get("/chinh-sach/").content.decode()
    assert 'name="lang"' in client.get("/en/chinh-sach/").content.decode()


def test_choice_lists_are_in_vietnamese_alphabetical_order(client):
    html = client.get("/chinh-sach/").content.decode()
    provinces = re.findall(
        r'<option value="([a-z-]+)"', html.split('name="province"')[1].split("</select>")[0]
    )
    assert provinces.index("dak-lak") < provinces.index("gia-lai")  # Đ sorts after D, before G
    assert provinces.index("ca-mau") < provinces.index("cao-bang") < provinces.index("can-tho")


def test_related_documents_are_listed_once(client, make_policy):
    old = make_policy(document_number="116/2016/NĐ-CP")
    new = make_policy()
    new.replaces.add(old)
    new.related.add(old)
    html = client.get(new.get_absolute_url()).content.decode()
    assert html.count("116/2016/NĐ-CP —") == 1


def test_status_is_explained_when_a_policy_no_longer_applies(client, make_policy):
    policy = make_policy(legal_status_override="khong-con-phu-hop")
    html = client.get(policy.get_absolute_url()).content.decode()
    assert "Giai đoạn hoặc chương trình của văn bản này đã kết thúc" in html


def test_site_search_counts_everything_and_links_to_the_full_list(client, make_policy):
    for n in range(25):
        make_policy(title_vi=f"Hỗ trợ học sinh số {n}")
    html = client.get("/tim-kiem/", {"q": "hoc sinh"}).content.decode()
    assert "25 kết quả cho “hoc sinh”" in html
    assert "Chính sách (25)" in html
    assert 'href="/chinh-sach/?q=hoc+sinh"' in html


def test_home_shows_featured_policies(client, make_policy):
    make_policy(title_vi="Chính sách nổi bật số một", featured=True)
    make_policy(title_vi="Chính sách thường")
    html = client.get("/").content.decode()
    assert "Chính sách nổi bật" in html and "Chính sách nổi bật số một" in html
    assert "Chính sách thường" not in html


def test_pages_are_valid_text_pages_with_no_script(client, housing_policy):
    for url in [
        "/chinh-sach/",
        housing_policy.get_absolute_url(),
        "/dan-toc/mong/",
        "/chinh-sach/danh-cho-toi/?group=mong",
    ]:
        html = client.get(url).content.decode()
        assert "<script" not in html and "style=" not in html


# --- query counts ------------------------------------------------------------------------------


def bulk(make_policy, count):
    """`count` published policies targeted at the Mông in Lào Cai, region III, with three
    topics each — created in bulk, as the listing pages would meet them."""
    from django.utils import timezone

    start = Policy.objects.count()
    now = timezone.now()
    policies = [
        Policy(
            title_vi=f"Chính sách số lượng {n}",
            summary_vi="Tóm tắt.",
            slug=f"chinh-sach-so-luong-{n}",
            document_number=f"{n}/2024/QĐ-TN",
            document_type="quyet-dinh",
            issuing_agency_vi="Chính phủ",
            signed_date="2024-01-01",
            status="published",
            publish_at=now,
            featured=True,
        )
        for n in range(start, start + count)
    ]
    for policy in policies:
        policy.compute_search_fields()  # what save() does, skipped by bulk_create
    Policy.objects.bulk_create(policies)
    topics = list(Topic.objects.filter(slug__in=["y-te-dan-so", "giao-duc-dao-tao", "ha-tang"]))
    targets = [
        (Policy.topics, "topic", topics),
        (Policy.ethnic_groups, "ethnicgroup", [EthnicGroup.objects.get(slug="mong")]),
        (Policy.provinces, "province", [Province.objects.get(slug="lao-cai")]),
        (Policy.regions, "communeregion", [CommuneRegion.objects.get(code="III")]),
    ]
    for relation, name, objects in targets:
        through = relation.through
        through.objects.bulk_create(
            [through(policy=p, **{name: o}) for p in policies for o in objects]
        )


def queries(client, url):
    client.get(url)  # warm caches (site settings) the way a running server has them
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def listed_count(client, url):
    return client.get(url).content.decode().count("Chính sách số lượng")


PAGES = [
    "/chinh-sach/?page=1",
    "/chinh-sach/?q=chinh+sach&topic=y-te-dan-so",
    "/dan-toc/mong/",
    "/chinh-sach/danh-cho-toi/?group=mong&province=lao-cai&region=III",
    "/",
]


@pytest.mark.parametrize("url", PAGES)
def test_query_count_does_not_grow_with_the_number_of_policies(client, make_policy, url, settings):
    settings.DEBUG = False
    bulk(make_policy, 10)
    few = queries(client, url)
    shown_few = listed_count(client, url)
    bulk(make_policy, 90)
    many = queries(client, url)
    assert few == many
    # The page really lists the policies (so a query per item would have shown).
    assert shown_few >= 4 and listed_count(client, url) >= shown_few
    assert many <= 16


def test_detail_query_count_does_not_grow_with_relations(client, make_policy, housing_policy):
    few = queries(client, housing_policy.get_absolute_url())
    others = [make_policy() for _ in range(20)]
    housing_policy.related.add(*others)
    housing_policy.replaces.add(*others[:5])
    assert queries(client, housing_policy.get_absolute_url()) == few
    assert few <= 16


def test_text_pages_with_their_css_stay_under_50_kb(client, make_policy, housing_policy):
    from django.conf import settings

    bulk(make_policy, 30)
    css = len((settings.BASE_DIR / "static" / "css" / "portal.css").read_bytes())
    for url in [
        "/chinh-sach/",
        housing_policy.get_absolute_url(),
        "/chinh-sach/danh-cho-toi/?group=mong",
    ]:
        assert len(client.get(url).content) + css < 50_000, url


@pytest.mark.parametrize(
    ("prefix", "notice"),
    [
        ("/en", "Items without a translation into English are shown in Vietnamese."),
        ("/hmn", "Các mục chưa được dịch sang tiếng Mông được hiển thị bằng tiếng Việt."),
    ],
)
def test_listings_in_other_languages_say_untranslated_items_are_in_vietnamese(
    client, housing_policy, prefix, notice
):
    for path in ("/chinh-sach/", "/dan-toc/mong/", "/chinh-sach/danh-cho-toi/?group=mong"):
        assert notice in client.get(prefix + path).content.decode()
    assert "được hiển thị bằng tiếng Việt" not in client.get("/chinh-sach/").content.decode()
