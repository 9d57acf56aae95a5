"""The public benefit pages: the list, a benefit's page, the finder, old addresses, and the
benefits on other pages (home, ethnic group, commune, document) — in every language."""

import re
from datetime import date, timedelta

import pytest
from django.utils import timezone

from policies.models import Benefit
from ubdt_portal import sections
from ubdt_portal.reference.models import (
    Commune,
    CommuneClassification,
    CommuneRegion,
    EthnicGroup,
    LifeSituation,
    Province,
    RegionList,
    Topic,
)

pytestmark = pytest.mark.django_db

PAST = timezone.localdate() - timedelta(days=30)


def main_of(response):
    assert response.status_code == 200
    return response.content.decode().split('<main id="main"', 1)[1]


# --- the list ---------------------------------------------------------------------------------


def test_list_combines_filters_counts_and_keeps_them_in_shareable_links(client, make_benefit):
    health = Topic.objects.get(slug="y-te-dan-so")
    mong = EthnicGroup.objects.get(slug="mong")
    for n in range(25):
        make_benefit(title_vi=f"Hỗ trợ y tế {n}", topics=[health], ethnic_groups=[mong])
    make_benefit(
        title_vi="Hỗ trợ y tế cho dân tộc Thái",
        topics=[health],
        ethnic_groups=[EthnicGroup.objects.get(slug="thai")],
    )
    make_benefit(title_vi="Học bổng", topics=[Topic.objects.get(slug="giao-duc-dao-tao")])

    response = client.get("/chinh-sach/", {"topic": "y-te-dan-so", "group": "mong"})
    html = response.content.decode()
    assert response.context["page"].paginator.count == 25
    assert "25 chính sách" in html
    assert "Học bổng" not in html and "dân tộc Thái" not in html
    assert 'href="?topic=y-te-dan-so&amp;group=mong&amp;page=2"' in html
    page2 = client.get("/chinh-sach/", {"topic": "y-te-dan-so", "group": "mong", "page": 2})
    assert len(page2.context["page"].object_list) == 5


def test_list_filters_by_province_and_commune_region(client, make_benefit):
    make_benefit(title_vi="Cho mọi nơi")
    make_benefit(title_vi="Riêng Điện Biên", provinces=[Province.objects.get(slug="dien-bien")])
    make_benefit(title_vi="Xã khu vực III", regions=[CommuneRegion.objects.get(code="III")])
    html = client.get("/chinh-sach/", {"province": "lao-cai"}).content.decode()
    assert "Cho mọi nơi" in html and "Riêng Điện Biên" not in html
    html = client.get("/chinh-sach/", {"region": "III"}).content.decode()
    assert "Xã khu vực III" in html and "Cho mọi nơi" not in html


def test_list_cards_show_amounts_and_whether_each_applies_now(
    client, housing_benefit, make_benefit, make_document
):
    make_benefit(
        title_vi="Miễn học phí theo nghị định cũ",
        basis=[(make_document(expiry_date=PAST), "Điều 15")],
    )
    html = main_of(client.get("/chinh-sach/"))
    assert "<strong>40 triệu đồng</strong> <span>tối đa mỗi hộ</span>" in html
    assert '<span class="badge badge-ok">Đang áp dụng</span>' in html
    assert '<span class="badge badge-off">Đã kết thúc</span>' in html
    # What applies now comes before what has ended.
    assert html.index("Vay vốn làm nhà ở") < html.index("Miễn học phí theo nghị định cũ")


def test_words_match_without_accents(client, housing_benefit, make_benefit):
    make_benefit(title_vi="Tiền ăn cho học sinh bán trú")
    for query in ("vay von lam nha", "VAY VỐN", "vay vôn"):
        response = client.get("/chinh-sach/", {"q": query})
        assert [b.pk for b in response.context["page"]] == [housing_benefit.pk], query


@pytest.mark.parametrize(
    "query",
    [
        {"page": "abc"},
        {"page": "1000000000"},
        {"page": "-1"},
        {"topic": "khong-ton-tai"},
        {"group": "x" * 8_000},
        {"q": "a" * 8_000},
        {"region": "IV"},
        {"region": "<script>"},
        {"province": "%00"},
        {"province": "\x00"},
        {"lang": "ы"},
        {"q": "ho tro\u200b nha\u202eo"},
        {"q": "&|!:*()"},
    ],
)
def test_bad_values_never_break_the_list(client, housing_benefit, query):
    response = client.get("/chinh-sach/", query)
    if any("\x00" in value for value in query.values()):
        assert response.status_code == 400  # the portal refuses NUL bytes everywhere
        return
    assert response.status_code == 200
    main = response.content.decode().split("<main", 1)[1]
    assert "<script>" not in main.replace("&lt;script&gt;", "")


def test_a_bad_filter_is_explained_in_vietnamese_next_to_its_field(client, housing_benefit):
    html = client.get("/chinh-sach/", {"topic": "khong-ton-tai"}).content.decode()
    assert "Lựa chọn này không có trong danh sách." in html
    assert "Vay vốn làm nhà ở" in html  # the other filters (none) still apply


# --- a benefit's page -------------------------------------------------------------------------


def test_the_first_things_on_the_page_are_what_you_get_who_and_whether_it_applies(
    client, housing_benefit
):
    main = main_of(client.get("/chinh-sach/vay-von-lam-nha-o/"))
    order = [
        "<h1>Vay vốn làm nhà ở</h1>",
        "Đang áp dụng",
        "40 triệu đồng",
        "3 %/năm",
        "Hộ nghèo dân tộc thiểu số chưa có nhà ở kiên cố",
        "Hộ nghèo được vay vốn ưu đãi",
        "Ai được hưởng</h2>",
        "Ai không được hưởng",
        "Cách làm thủ tục",
        "Giấy tờ cần mang",
        "Nộp ở đâu",
        "Thời hạn",
        "Khi nào được nhận",
        "Căn cứ pháp lý",
        "rà soát lần gần nhất",
    ]
    positions = [main.index(text) for text in order]
    assert positions == sorted(positions)
    assert "<li>Nộp đơn tại Ủy ban nhân dân xã</li>" in main
    assert "<li>Giấy xác nhận hộ nghèo</li>" in main
    assert 'href="/dan-toc/mong/">Mông</a>' in main
    assert 'href="/hoi-dap/gui-cau-hoi/?chinh-sach=vay-von-lam-nha-o"' in main


def test_the_legal_basis_links_to_the_document_and_its_article(client, housing_benefit):
    main = main_of(client.get(housing_benefit.get_absolute_url()))
    document = housing_benefit.legal_basis.get().document
    assert f'<a href="/van-ban/{document.slug}/#dieu-14">Điều 14</a>' in main
    assert f'<a href="/van-ban/{document.slug}/">Nghị định 28/2022/NĐ-CP</a>' in main
    assert '<span class="badge badge-ok">Còn hiệu lực</span>' in main
    # The anchor exists on the document's page.
    assert 'id="dieu-14"' in client.get(document.get_absolute_url()).content.decode()


def test_an_ended_benefit_names_and_links_its_successor_first(client, make_benefit, make_document):
    new = make_benefit(title_vi="Miễn học phí (từ năm học 2025-2026)")
    old = make_benefit(
        title_vi="Miễn, giảm học phí (đến năm học 2024-2025)",
        basis=[(make_document(legal_status_override="het-hieu-luc-toan-bo"), "Điều 15")],
        successor=new,
        amounts=[("100 %", "học phí")],
    )
    main = main_of(client.get(old.get_absolute_url()))
    assert '<span class="badge badge-off">Đã kết thúc</span>' in main
    link = f'Nay thay bằng: <a class="successor" href="{new.get_absolute_url()}">'
    assert link in main
    assert main.index(link) < main.index("100 %")
    # A successor the public may not see is not named.
    Benefit.objects.filter(pk=new.pk).update(status="draft")
    main = main_of(client.get(old.get_absolute_url()))
    assert "Nay thay bằng" not in main and "Không còn nhận hồ sơ" in main


def test_a_benefit_that_starts_later_says_when(client, make_benefit):
    later = timezone.localdate() + timedelta(days=10)
    benefit = make_benefit(starts_on=later)
    main = main_of(client.get(benefit.get_absolute_url()))
    assert "Sắp áp dụng" in main and f"Từ ngày {later:%d/%m/%Y}." in main


def test_english_page_shows_the_translation_and_says_what_is_not_translated(
    client, housing_benefit
):
    html = client.get("/en" + housing_benefit.get_absolute_url()).content.decode()
    assert '<html lang="en">' in html
    assert "<h1>Loans to build a house</h1>" in html
    assert "Parts of this page have not been translated into English yet" in html
    assert '<ol class="steps" lang="vi">' in html
    assert "Applies now" in html and "Legal basis" in html


@pytest.mark.parametrize("code", ["hmn", "blt", "km", "rad", "jra", "bdq"])
def test_every_content_language_says_the_benefit_is_not_translated(client, housing_benefit, code):
    html = client.get(f"/{code}" + housing_benefit.get_absolute_url()).content.decode()
    assert f'<html lang="{code}">' in html
    assert "Nội dung này chưa được dịch sang tiếng" in html
    assert "<h1>Vay vốn làm nhà ở</h1>" in html and "40 triệu đồng" in html


def test_a_demonstration_translation_is_marked(client, make_benefit):
    benefit = make_benefit(
        title_hmn="Qiv nyiaj ua tsev", summary_hmn="Cov lus luv.", demo_translations="hmn"
    )
    html = client.get("/hmn" + benefit.get_absolute_url()).content.decode()
    assert '<h1 lang="hmn">Qiv nyiaj ua tsev</h1>' in html
    assert "Bản dịch này chỉ để minh họa" in html


# --- old addresses ----------------------------------------------------------------------------


def test_old_policy_addresses_answer_301_to_the_document_that_holds_them(
    client, make_document, make_benefit
):
    """Before issue 8 a legal document was shown at /chinh-sach/<slug>/; its copy kept the
    slug (documents 0002) and the old slugs."""
    document = make_document(title_vi="Quyết định 1719 về Chương trình mục tiêu quốc gia")
    response = client.get(f"/chinh-sach/{document.slug}/")
    assert response.status_code == 301
    assert response.headers["Location"] == f"/van-ban/{document.slug}/"
    response = client.get(f"/en/chinh-sach/{document.slug}/")
    assert (response.status_code, response.headers["Location"]) == (
        301,
        f"/en/van-ban/{document.slug}/",
    )
    # An older slug of that document leads there too.
    old_slug = document.slug
    document.slug = "quyet-dinh-1719"
    document.save()
    response = client.get(f"/chinh-sach/{old_slug}/")
    assert (response.status_code, response.headers["Location"]) == (
        301,
        "/van-ban/quyet-dinh-1719/",
    )
    # A benefit that has the slug wins.
    make_benefit(title_vi="Quyết định 1719 về Chương trình mục tiêu quốc gia")
    assert client.get(f"/chinh-sach/{old_slug}/").status_code == 200


def test_the_old_addresses_of_every_copied_policy_redirect(client):
    """Every document the data migration copied from an old policy (in a database that had
    policies, e.g. the demo one) is reachable from its old address."""
    from documents.models import LegalDocument

    for document in LegalDocument.objects.published()[:50]:
        response = client.get(f"/chinh-sach/{document.slug}/")
        assert response.status_code == 301
        assert response.headers["Location"] == document.get_absolute_url()


def test_a_draft_document_is_not_revealed_by_an_old_address(client, make_document):
    document = make_document(status="draft")
    assert client.get(f"/chinh-sach/{document.slug}/").status_code == 404


@pytest.mark.parametrize("path", ["/chinh-sach/khong-co/", "/en/chinh-sach/x/", "/chinh-sach/%00/"])
def test_unknown_addresses_are_4xx(client, path):
    assert client.get(path).status_code in (400, 404)


def test_a_renamed_benefit_keeps_its_old_address(client, housing_benefit):
    housing_benefit.slug = "vay-von-lam-nha"
    housing_benefit.save()
    response = client.get("/chinh-sach/vay-von-lam-nha-o/")
    assert (response.status_code, response.headers["Location"]) == (
        301,
        "/chinh-sach/vay-von-lam-nha/",
    )


# --- the finder -------------------------------------------------------------------------------


def lao_cai_commune(region_code="III", villages="", sample=True):
    """A commune of Lào Cai classified by a region list (made here, under a code no real
    commune has)."""
    commune = Commune.objects.create(
        code="99901",
        name="Xã Thử Nghiệm",
        slug="xa-thu-nghiem-b8",
        kind="xa",
        province=Province.objects.get(slug="lao-cai"),
    )
    region_list = RegionList.objects.create(
        decision_number="1/QĐ-THU", decision_date=date(2026, 1, 29), title="Thử", is_sample=sample
    )
    CommuneClassification.objects.create(
        region_list=region_list,
        commune=commune,
        region=CommuneRegion.objects.get(code=region_code) if region_code else None,
        difficult_villages=villages,
    )
    return commune


FINDER = "/chinh-sach/danh-cho-toi/"


def test_finder_lists_what_applies_most_specific_first_with_reasons(
    client, housing_benefit, make_benefit, make_document
):
    general = make_benefit(title_vi="Thẻ bảo hiểm y tế miễn phí")
    make_benefit(title_vi="Cho người Khmer", ethnic_groups=[EthnicGroup.objects.get(slug="khmer")])
    make_benefit(
        title_vi="Hỗ trợ đã kết thúc",
        basis=[(make_document(legal_status_override="khong-con-phu-hop"), "")],
    )
    make_benefit(title_vi="Chỉ dân tộc rất ít người", for_very_small_groups=True)
    response = client.get(FINDER, {"group": "mong", "province": "lao-cai", "region": "III"})
    html = main_of(response)
    assert [b.pk for b in response.context["page"]] == [housing_benefit.pk, general.pk]
    assert "2 chính sách có thể áp dụng cho bạn" in html
    assert "Dành cho đồng bào dân tộc Mông" in html
    assert "Áp dụng tại Lào Cai" in html
    assert "Dành cho xã thuộc Khu vực III" in html
    assert "Áp dụng cho mọi dân tộc thiểu số" in html
    assert "<strong>40 triệu đồng</strong>" in html
    # Ended ones behind an option, after those that apply.
    response = client.get(
        FINDER, {"group": "mong", "province": "lao-cai", "region": "III", "ended": "on"}
    )
    titles = [b.title for b in response.context["page"]]
    assert titles[-1] == "Hỗ trợ đã kết thúc" and len(titles) == 3


def test_finder_keeps_region_bound_benefits_when_the_region_is_unknown(client, housing_benefit):
    html = client.get(FINDER, {"group": "mong"}).content.decode()
    assert "Vay vốn làm nhà ở" in html
    assert "hãy hỏi xã bạn thuộc khu vực nào" in html
    assert "Chỉ áp dụng tại: Lào Cai" in html


def test_very_small_groups_get_their_own_benefits(client, make_benefit):
    make_benefit(title_vi="Ưu tiên tuyển sinh", for_very_small_groups=True)
    assert "Ưu tiên tuyển sinh" in client.get(FINDER, {"group": "o-du"}).content.decode()
    assert "Ưu tiên tuyển sinh" not in client.get(FINDER, {"group": "mong"}).content.decode()


def test_finder_by_life_situation(client, make_benefit):
    situation = LifeSituation.objects.create(name="Con đi học", slug="con-di-hoc-b8")
    make_benefit(title_vi="Tiền ăn bán trú", life_situations=[situation])
    make_benefit(title_vi="Vay làm nhà")
    html = client.get(FINDER, {"situation": "con-di-hoc-b8"}).content.decode()
    assert "Tiền ăn bán trú" in html and "Vay làm nhà" not in html


def test_choosing_the_province_then_the_commune_brings_its_region(client, housing_benefit):
    commune = lao_cai_commune("III")
    # Without a province, the commune cannot be chosen yet.
    html = client.get(FINDER).content.decode()
    assert '<select name="commune"' in html and "disabled" in html.split('name="commune"')[1][:200]
    assert "Chọn tỉnh rồi bấm “Tìm”" in html
    html = client.get(FINDER, {"province": "lao-cai"}).content.decode()
    assert f'<option value="{commune.code}">Xã Thử Nghiệm</option>' in html
    response = client.get(FINDER, {"province": "lao-cai", "commune": commune.code})
    html = main_of(response)
    assert response.context["page"].paginator.count == 1
    assert "Xã Thử Nghiệm là xã thuộc Khu vực III" in html
    # A sample list is no decision: it is named as sample data, not cited as a decision.
    sample = "Xã Thử Nghiệm: Khu vực III. <strong>Dữ liệu mẫu, không phải danh sách chính thức."
    assert sample in html
    assert "1/QĐ-THU" not in html


def test_an_official_region_list_is_cited_by_its_decision(client, housing_benefit):
    commune = lao_cai_commune("III", sample=False)
    html = main_of(client.get(FINDER, {"province": "lao-cai", "commune": commune.code}))
    assert "Xã Thử Nghiệm: Khu vực III, theo Quyết định 1/QĐ-THU." in html
    assert "Dữ liệu mẫu" not in html


def test_the_answer_comes_before_the_form_with_the_answers_in_words(client, housing_benefit):
    # Without JavaScript the page reloads at its top: the results must be what is seen first.
    commune = lao_cai_commune("III")
    html = main_of(client.get(FINDER, {"province": "lao-cai", "commune": commune.code}))
    assert html.index('id="finder-results"') < html.index('<form class="finder"')
    assert "Bạn đã chọn: Lào Cai · Xã Thử Nghiệm · Khu vực III" in html
    assert '<a href="#finder-form">sửa</a>' in html
    # With a province but no commune yet, the person is sent down to choose it.
    html = main_of(client.get(FINDER, {"province": "lao-cai"}))
    assert "Chọn xã của bạn ở dưới để có kết quả đúng hơn." in html


def test_a_commune_outside_region_iii_does_not_get_region_iii_benefits(
    client, housing_benefit, make_benefit
):
    commune = lao_cai_commune("I")
    villages = make_benefit(
        title_vi="Cho thôn đặc biệt khó khăn",
        regions=[CommuneRegion.objects.get(code="III")],
        for_difficult_villages=True,
    )
    response = client.get(FINDER, {"province": "lao-cai", "commune": commune.code})
    assert housing_benefit not in list(response.context["page"])
    assert villages not in list(response.context["page"])
    CommuneClassification.objects.update(difficult_villages="Thôn Sà Phìn")
    response = client.get(FINDER, {"province": "lao-cai", "commune": commune.code})
    assert [b.pk for b in response.context["page"]] == [villages.pk]


def test_a_commune_of_another_province_is_refused_in_vietnamese(client):
    commune = lao_cai_commune()
    html = client.get(FINDER, {"province": "dien-bien", "commune": commune.code}).content.decode()
    assert "Xã này không thuộc tỉnh bạn đã chọn." in html
    assert 'id="finder-results"' not in html


def test_no_result_links_to_the_question_form_with_the_answers(client):
    html = main_of(client.get(FINDER, {"group": "mong", "province": "lao-cai", "region": "III"}))
    assert "Chúng tôi chưa tìm thấy chính sách nào" in html
    assert 'href="/hoi-dap/gui-cau-hoi/?group=mong&amp;province=lao-cai&amp;region=III"' in html


def test_finder_without_answers_shows_only_the_form(client):
    html = client.get(FINDER).content.decode()
    assert "Dân tộc của bạn" in html and 'id="finder-results"' not in html
    assert "Hãy chọn ít nhất một câu trả lời" not in html


@pytest.mark.parametrize("query", [{"group": "", "province": "", "region": ""}, {"ended": "on"}])
def test_finder_submitted_empty_asks_for_an_answer_in_vietnamese(client, query):
    html = client.get(FINDER, query).content.decode()
    assert "Hãy chọn ít nhất một câu trả lời — chỉ cần dân tộc hoặc tỉnh của bạn là đủ." in html
    assert 'id="finder-results"' not in html


@pytest.mark.parametrize(
    "query",
    [
        {"group": "khong-co"},
        {"region": "IV"},
        {"page": "abc", "group": "mong"},
        {"page": "99999999999999", "group": "mong"},
        {"topic": "ы"},
        {"commune": "99999"},
        {"commune": "x" * 5000, "province": "lao-cai"},
        {"province": "lao-cai", "commune": "\x00"},
        {"province": "x" * 5000},
        {"situation": "<script>"},
        {"ended": "yes please"},
    ],
)
def test_bad_finder_values_never_break_it(client, housing_benefit, query):
    assert client.get(FINDER, query).status_code == (
        400 if any("\x00" in value for value in query.values()) else 200
    )


# --- on other pages ---------------------------------------------------------------------------


def test_home_shows_featured_benefits_that_apply(client, make_benefit, make_document):
    make_benefit(title_vi="Chính sách nổi bật số một", featured=True)
    make_benefit(title_vi="Chính sách thường")
    make_benefit(title_vi="Nổi bật nhưng đã kết thúc", featured=True, ends_on=PAST)
    html = client.get("/").content.decode()
    assert "Chính sách nổi bật số một" in html
    assert "Chính sách thường" not in html and "Nổi bật nhưng đã kết thúc" not in html


def test_a_commune_page_section_lists_what_applies_there(rf, housing_benefit, make_benefit):
    make_benefit(title_vi="Riêng Điện Biên", provinces=[Province.objects.get(slug="dien-bien")])
    commune = lao_cai_commune("III")
    rendered = sections.render("commune", rf.get("/"), commune=commune)
    benefits = next(s["context"] for s in rendered if "benefits" in s["context"])
    assert [b.pk for b in benefits["benefits"]] == [housing_benefit.pk]
    assert benefits["finder_query"] == f"province=lao-cai&commune={commune.code}"


def test_a_document_page_section_leads_from_an_ended_benefit_to_its_successor(
    rf, make_benefit, make_document
):
    from django.template.loader import render_to_string

    document = make_document(legal_status_override="het-hieu-luc-toan-bo")
    new = make_benefit(title_vi="Miễn học phí mới")
    make_benefit(title_vi="Miễn học phí cũ", basis=[(document, "Điều 15")], successor=new)
    rendered = sections.render("document", rf.get("/"), document=document)
    section = next(s for s in rendered if s["template_name"] == "policies/document_section.html")
    html = render_to_string(section["template_name"], {"section": section["context"]})
    assert "Miễn học phí cũ" in html and "Đã kết thúc" in html
    assert f'Nay thay bằng: <a href="{new.get_absolute_url()}">Miễn học phí mới</a>' in html


def test_site_search_finds_benefits_with_whether_they_apply(client, housing_benefit):
    html = client.get("/tim-kiem/", {"q": "vay von"}).content.decode()
    assert "Vay vốn làm nhà ở" in html and "Đang áp dụng" in html
    assert 'href="/chinh-sach/?q=vay+von"' in html


def test_pages_are_text_pages_with_no_script(client, housing_benefit):
    for url in ["/chinh-sach/", housing_benefit.get_absolute_url(), FINDER + "?group=mong"]:
        html = client.get(url).content.decode()
        assert "<script" not in html and "style=" not in html


@pytest.mark.parametrize(
    ("prefix", "notice"),
    [
        ("/en", "Items without a translation into English are shown in Vietnamese."),
        ("/hmn", "Các mục chưa được dịch sang tiếng Mông được hiển thị bằng tiếng Việt."),
        ("/bdq", "Các mục chưa được dịch sang tiếng"),
    ],
)
def test_listings_in_other_languages_say_untranslated_items_are_in_vietnamese(
    client, housing_benefit, prefix, notice
):
    for path in ("/chinh-sach/", "/dan-toc/mong/", FINDER + "?group=mong"):
        html = client.get(prefix + path).content.decode()
        assert notice in html and "Vay vốn làm nhà ở" in html or "Loans to build" in html
    assert "được hiển thị bằng tiếng Việt" not in client.get("/chinh-sach/").content.decode()


def test_list_language_filter_keeps_translated_benefits(client, housing_benefit, make_benefit):
    make_benefit(title_vi="Chưa dịch")
    html = client.get("/en/chinh-sach/", {"lang": "on"}).content.decode()
    assert "Loans to build a house" in html and "Chưa dịch" not in html
    assert 'name="lang"' not in client.get("/chinh-sach/").content.decode()


def test_choice_lists_are_in_vietnamese_alphabetical_order(client):
    html = client.get("/chinh-sach/").content.decode()
    provinces = re.findall(
        r'<option value="([a-z-]+)"', html.split('name="province"')[1].split("</select>")[0]
    )
    assert provinces.index("dak-lak") < provinces.index("gia-lai")
