"""Every commune has a page, reached without JavaScript by choosing a province then a commune,
or by typing its name; the page says its region, whether it is in the ethnic-minority area and
its especially difficult villages, and labels sample data as such."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ubdt_portal import sections
from ubdt_portal.reference.models import (
    Commune,
    CommuneClassification,
    CommuneRegion,
    Province,
    RegionList,
)

pytestmark = pytest.mark.django_db


def classify(region_list, commune, region="III", villages="", in_area=True):
    return CommuneClassification.objects.create(
        region_list=region_list,
        commune=commune,
        region=CommuneRegion.objects.get(code=region) if region else None,
        in_minority_area=in_area,
        difficult_villages=villages,
    )


@pytest.fixture
def ta_van():
    return Commune.objects.get(province__slug="lao-cai", slug="ta-van")


@pytest.fixture
def official():
    return RegionList.objects.create(
        decision_number="60/QĐ-BDTTG",
        decision_date=date(2026, 1, 29),
        title="Danh sách xã khu vực I, II, III giai đoạn 2026-2030",
    )


@pytest.fixture
def sample():
    return RegionList.objects.create(
        decision_number="Dữ liệu mẫu",
        decision_date=date(2026, 1, 29),
        title="Dữ liệu mẫu minh họa, không phải danh sách chính thức",
        is_sample=True,
    )


def test_all_3321_communes_of_the_34_provinces_arrive_with_their_official_codes():
    assert Commune.objects.count() == 3321
    assert Province.objects.exclude(communes=None).count() == 34
    assert Commune.objects.filter(kind=Commune.Kind.SPECIAL_ZONE).count() == 13
    hoan_kiem = Commune.objects.get(code="00070")
    assert (hoan_kiem.full_name, hoan_kiem.province.name) == ("Phường Hoàn Kiếm", "Hà Nội")
    assert Province.objects.get(slug="lao-cai").code == "15"
    assert Province.objects.get(slug="lao-cai").communes.count() == 99
    assert all(slug.isascii() for slug in Commune.objects.values_list("slug", flat=True))


def test_communes_whose_names_fold_alike_keep_distinct_addresses():
    thai_nguyen = Commune.objects.filter(province__slug="thai-nguyen", slug__startswith="van-lang")
    assert {(c.name, c.slug) for c in thai_nguyen} == {
        ("Văn Lang", "van-lang-02143"),
        ("Văn Lăng", "van-lang-05665"),
    }


def test_loading_again_changes_nothing():
    from django.apps import apps

    from ubdt_portal.reference import communes

    communes.load(apps, None)
    assert Commune.objects.count() == 3321


def test_a_citizen_chooses_the_province_then_the_commune(client, ta_van):
    index = client.get("/xa/").content.decode()
    assert 'href="/xa/lao-cai/"' in index
    assert '<select name="province"' in index
    # The form without JavaScript: choosing a province and submitting lists its communes.
    response = client.get("/xa/", {"province": "lao-cai", "q": ""})
    assert response.status_code == 302 and response.headers["Location"] == "/xa/lao-cai/"
    listing = client.get("/xa/lao-cai/").content.decode()
    assert "99 đơn vị hành chính cấp xã từ 01/07/2025" in listing
    assert '<a href="/xa/lao-cai/ta-van/">Xã Tả Van</a>' in listing
    page = client.get("/xa/lao-cai/ta-van/").content.decode()
    assert "<h1>Xã Tả Van</h1>" in page
    assert "mã " + ta_van.code in page


@pytest.mark.parametrize("query", ["Tả Van", "ta van", "TA VAN", "  tả   van "])
def test_the_search_box_finds_a_commune_with_or_without_accents(client, query):
    html = client.get("/xa/", {"q": query}).content.decode()
    assert '<a href="/xa/lao-cai/ta-van/">Xã Tả Van</a>' in html
    assert "1 xã được tìm thấy" in html


def test_the_search_box_finds_by_official_code_and_within_a_province(client, ta_van):
    html = client.get("/xa/", {"q": ta_van.code}).content.decode()
    assert '<a href="/xa/lao-cai/ta-van/">' in html
    html = client.get("/xa/", {"q": "van lang", "province": "phu-tho"}).content.decode()
    assert "1 xã được tìm thấy" in html and "/xa/phu-tho/van-lang/" in html


def test_a_name_matching_too_many_communes_asks_for_more(client):
    html = client.get("/xa/", {"q": "an"}).content.decode()
    assert "Tìm thấy hơn 50 xã" in html
    assert html.count('class="meta">') >= 50


def test_no_match_is_said_in_vietnamese(client):
    html = client.get("/xa/", {"q": "khong co xa nay"}).content.decode()
    assert "Không có xã, phường nào có tên này." in html


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ({"province": "khong-co"}, 200),
        ({"province": "x" * 5000}, 200),
        ({"q": "\x00"}, 400),  # the portal refuses NUL bytes in any request
        ({"q": "a\x00b"}, 400),
        ({"q": "x" * 100_000}, 414),
        ({"q": "x" * 3000}, 200),
        ({"q": "<script>alert(1)</script>"}, 200),
        ({"q": "%", "province": "lao-cai"}, 200),
        ({"q": "99999"}, 200),
        ({"q": "0"}, 200),
        ({"q": "-"}, 200),
        ({"province": ["lao-cai", "ha-noi"], "q": ["a", "b"]}, 200),
        ({"page": "-1"}, 200),
    ],
)
def test_junk_parameters_never_break_the_commune_search(client, query, status):
    response = client.get("/xa/", query)
    assert response.status_code == status
    assert "<script>alert" not in response.content.decode()


def test_a_bad_province_is_explained_next_to_its_field(client):
    html = client.get("/xa/", {"province": "khong-co", "q": "ta van"}).content.decode()
    assert "Lựa chọn này không có trong danh sách." in html


@pytest.mark.parametrize(
    "path", ["/xa/khong-co/", "/xa/lao-cai/khong-co/", "/xa/ha-noi/ta-van/", "/en/xa/x/y/"]
)
def test_unknown_provinces_and_communes_are_not_found(client, path):
    assert client.get(path).status_code == 404


def test_the_page_says_region_area_and_villages_from_the_latest_list(client, ta_van, official):
    older = RegionList.objects.create(
        decision_number="861/QĐ-TTg", decision_date=date(2021, 6, 4), title="Danh sách cũ"
    )
    classify(older, ta_van, region="I")
    classify(official, ta_van, region="III", villages="Thôn A\nThôn B\n")
    html = client.get(ta_van.get_absolute_url()).content.decode()
    assert "<strong>Khu vực III</strong>" in html
    assert "Khu vực I<" not in html
    assert "Có, xã thuộc vùng đồng bào dân tộc thiểu số và miền núi" in html
    assert "<li>Thôn A</li><li>Thôn B</li>" in html
    assert "Quyết định 60/QĐ-BDTTG ngày 29/01/2026" in html
    assert "Dữ liệu mẫu" not in html


def test_a_commune_outside_the_area_with_minority_villages(client, ta_van, official):
    classify(official, ta_van, region=None, in_area=False, villages="Thôn C")
    html = client.get(ta_van.get_absolute_url()).content.decode()
    assert "Không thuộc khu vực nào (ngoài vùng đồng bào dân tộc thiểu số)" in html
    assert "Không, nhưng có thôn đồng bào dân tộc thiểu số" in html


def test_a_commune_no_list_names_says_so(client, ta_van):
    html = client.get(ta_van.get_absolute_url()).content.decode()
    assert "Chưa có danh sách phân định khu vực nào trên cổng này nêu xã này." in html


def test_sample_data_is_labelled_and_never_shown_as_a_decision(client, ta_van, sample):
    classify(sample, ta_van, region="III", villages="Thôn mẫu 1")
    page = client.get(ta_van.get_absolute_url()).content.decode()
    assert "Dữ liệu mẫu." in page and "không phải danh sách chính thức" in page
    assert "Quyết định Dữ liệu mẫu" not in page
    listing = client.get("/xa/lao-cai/").content.decode()
    assert "Dữ liệu mẫu." in listing
    assert "Khu vực III (mẫu)" in listing


def test_the_page_shows_the_sections_apps_contribute(client, ta_van, settings, tmp_path):
    (tmp_path / "benefits_section.html").write_text(
        "<section><h2>Chính sách áp dụng ở {{ section.commune.full_name }}</h2></section>"
    )
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], tmp_path]}
    ]
    sections.register(
        "commune",
        "test-benefits",
        order=10,
        template_name="benefits_section.html",
        get_context=lambda request, commune: {"commune": commune},
    )
    try:
        html = client.get(ta_van.get_absolute_url()).content.decode()
    finally:
        sections.unregister("commune", "test-benefits")
    assert "<h2>Chính sách áp dụng ở Xã Tả Van</h2>" in html
    assert html.index("Khu vực và thôn đặc biệt khó khăn") < html.index("Chính sách áp dụng")


def test_english_pages_keep_the_official_names(client, ta_van, official):
    classify(official, ta_van)
    path = ta_van.get_absolute_url()
    html = client.get("/en" + path).content.decode()
    assert "<h1>Xã Tả Van</h1>" in html
    assert "Region III" in html
    assert "Items without a translation into English are shown in Vietnamese." in html
    hmn = client.get("/hmn" + path).content.decode()
    assert "Các mục chưa được dịch sang tiếng Mông được hiển thị bằng tiếng Việt." in hmn


def queries(client, url):
    client.get(url)  # warm the caches a running server has (site settings)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_query_counts_do_not_grow_with_communes_lists_or_villages(client, ta_van, settings):
    settings.DEBUG = False
    urls = ["/xa/", "/xa/?q=an", "/xa/lao-cai/", ta_van.get_absolute_url()]
    before = {url: queries(client, url) for url in urls}
    for n in range(3):
        region_list = RegionList.objects.create(
            decision_number=f"{n}/QĐ-TEST", decision_date=date(2026, 1, n + 1), title="Thử"
        )
        for commune in Province.objects.get(slug="lao-cai").communes.all():
            classify(region_list, commune, villages="\n".join(f"Thôn {v}" for v in range(20)))
    after = {url: queries(client, url) for url in urls}
    assert after == before
    assert max(after.values()) <= 8


def test_pages_with_their_css_stay_under_50_kb(client, ta_van, sample):
    from django.conf import settings

    for commune in Commune.objects.filter(province__slug="ha-noi"):  # the longest list: 126
        classify(sample, commune, villages="\n".join(f"Thôn số {v}" for v in range(30)))
    css = len((settings.BASE_DIR / "static" / "css" / "portal.css").read_bytes())
    hanoi = Commune.objects.filter(province__slug="ha-noi").first()
    for url in ["/xa/", "/xa/?q=an", "/xa/ha-noi/", "/xa/ho-chi-minh/", hanoi.get_absolute_url()]:
        assert len(client.get(url).content) + css < 50_000, url


def test_the_home_page_leads_to_the_communes(client):
    html = client.get("/").content.decode()
    assert (
        '<a class="button button-secondary" href="/xa/">Xã tôi thuộc khu vực I, II hay III?</a>'
        in html
    )
