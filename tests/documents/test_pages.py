"""The legal-document library /van-ban/ and a document's page — in every language, for any
input, in a bounded number of queries and a small page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from documents.models import LegalDocument
from ubdt_portal.reference.models import Topic

pytestmark = pytest.mark.django_db


def listed(client, url):
    return [d.document_number for d in client.get(url).context["page"]]


def test_library_filters_by_type_issuer_year_status_topic_and_words(client, loan_decree):
    from datetime import date

    make = LegalDocument.objects.create
    old = make(
        title_vi="Quyết định cũ về hỗ trợ học sinh",
        summary_vi="Tóm tắt.",
        document_number="12/2016/QĐ-TTg",
        document_type="quyet-dinh",
        issuing_agency_vi="Thủ tướng Chính phủ",
        signed_date=date(2016, 5, 1),
        expiry_date=date(2020, 1, 1),
        status="published",
    )
    old.topics.set([Topic.objects.get(slug="giao-duc-dao-tao")])
    assert listed(client, "/van-ban/") == ["99/2024/NĐ-CP", "28/2022/NĐ-CP", "12/2016/QĐ-TTg"]
    assert listed(client, "/van-ban/?type=quyet-dinh") == ["12/2016/QĐ-TTg"]
    assert listed(client, "/van-ban/?issuer=Thủ tướng Chính phủ") == ["12/2016/QĐ-TTg"]
    assert listed(client, "/van-ban/?year=2022") == ["28/2022/NĐ-CP"]
    assert listed(client, "/van-ban/?status=het-hieu-luc-toan-bo") == ["12/2016/QĐ-TTg"]
    assert listed(client, "/van-ban/?status=het-hieu-luc-mot-phan") == ["28/2022/NĐ-CP"]
    assert listed(client, "/van-ban/?topic=giao-duc-dao-tao") == ["12/2016/QĐ-TTg"]
    assert sorted(listed(client, "/van-ban/?q=tin dung uu dai")) == [
        "28/2022/NĐ-CP",
        "99/2024/NĐ-CP",
    ]
    assert listed(client, "/van-ban/?q=28/2022") == ["28/2022/NĐ-CP"]
    assert listed(client, "/van-ban/?type=nghi-dinh&year=2024&issuer=Chính phủ") == [
        "99/2024/NĐ-CP"
    ]
    html = client.get("/van-ban/?type=nghi-dinh").content.decode()
    assert "2 văn bản" in html
    assert "Hết hiệu lực một phần" in html and "Còn hiệu lực" in html
    # The issuers offered are those of published documents, in Vietnamese order.
    assert '<option value="Thủ tướng Chính phủ">' in html


@pytest.mark.parametrize(
    "query",
    [
        {"page": "abc"},
        {"page": "1000000000"},
        {"page": "-1"},
        {"topic": "khong-ton-tai"},
        {"issuer": "x" * 8_000},
        {"q": "a" * 8_000},
        {"year": "năm ngoái"},
        {"year": "99999999999999999999"},
        {"status": "<script>"},
        {"type": "'; drop table documents_legaldocument; --"},
        {"issuer": "%00"},
        {"q": "ho tro\u200b nha\u202eo"},
        {"q": "&|!:*()"},
    ],
)
def test_bad_filter_values_never_break_the_library(client, loan_decree, query):
    response = client.get("/van-ban/", query)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1].replace(
        "&lt;script&gt;", ""
    )


def test_a_bad_filter_is_explained_in_vietnamese_next_to_its_field(client, loan_decree):
    html = client.get("/van-ban/", {"issuer": "Không có", "year": "abc"}).content.decode()
    assert "Lựa chọn này không có trong danh sách." in html
    assert "Năm phải là số, ví dụ 2025." in html
    assert "28/2022/NĐ-CP" in html  # the other filters (none) still apply


@pytest.mark.parametrize("path", ["/van-ban/khong-co/", "/en/van-ban/x/"])
def test_unknown_documents_are_404(client, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize(
    ("path", "query"),
    [("/van-ban/%00/", {}), ("/van-ban/", {"topic": "\x00"}), ("/van-ban/", {"q": "a\x00b"})],
)
def test_a_nul_character_is_a_vietnamese_400(client, path, query):
    response = client.get(path, query)
    assert response.status_code == 400
    assert 'lang="vi"' in response.content.decode()


def test_document_page_shows_record_status_history_relations_file_and_text(client, loan_decree):
    html = client.get(loan_decree.get_absolute_url()).content.decode()
    main = html.split("<main", 1)[1]
    for expected in (
        "Nghị định 28/2022/NĐ-CP",
        "Hết hiệu lực một phần",
        "Lê Minh Khái",
        "26/04/2022",
        "Lịch sử hiệu lực",
        "Khoản 2 Điều 14",
        "Được sửa đổi bởi",
        "99/2024/NĐ-CP",
        "Toàn văn Nghị định 28/2022/NĐ-CP",
        "PDF",
    ):
        assert expected in main, expected
    # The history names the document that caused the change, with a link.
    amending = LegalDocument.objects.get(document_number="99/2024/NĐ-CP")
    assert f'<a href="{amending.get_absolute_url()}">99/2024/NĐ-CP</a>' in main
    # Each article has an id and a visible link to itself; clauses have ids.
    assert (
        '<h3 id="dieu-14">Điều 14. Cho vay hỗ trợ nhà ở <a class="anchor-link" href="#dieu-14">#'
        in main
    )
    assert 'id="dieu-1-khoan-2"' in main
    # The summary comes before the legal record, the record before the text.
    assert (
        main.index("Hộ nghèo được vay")
        < main.index("Thông tin văn bản")
        < main.index("Nội dung điều 1.")
    )
    # And the amending document lists what it amends.
    other = client.get(amending.get_absolute_url()).content.decode()
    assert "Sửa đổi" in other and loan_decree.get_absolute_url() in other


def test_a_replaced_document_points_to_its_successor(client, make_document):
    old = make_document(title_vi="Nghị định cũ")
    new = make_document(title_vi="Nghị định mới")
    new.replaces.add(old)
    html = client.get(old.get_absolute_url()).content.decode()
    assert "Hết hiệu lực toàn bộ" in html
    assert "Được thay thế bởi" in html and new.get_absolute_url() in html
    # On a phone the way on is in the status notice itself, not 2,000 pixels down the page.
    notice = html.split('class="notice status-note"', 1)[1].split("</div>", 1)[0]
    assert f'href="{new.get_absolute_url()}"' in notice


def test_a_partly_expired_document_names_what_changed_it_in_its_notice(client, loan_decree):
    html = client.get(loan_decree.get_absolute_url()).content.decode()
    notice = html.split('class="notice status-note"', 1)[1].split("</div>", 1)[0]
    assert "Sửa đổi bởi:" in notice and "99/2024/NĐ-CP" in notice


def test_a_draft_related_document_is_not_shown(client, loan_decree, make_document):
    draft = make_document(title_vi="Bản nháp bí mật", status="draft")
    loan_decree.related.add(draft)
    assert "Bản nháp bí mật" not in client.get(loan_decree.get_absolute_url()).content.decode()


def test_english_pages_translate_the_interface_and_say_what_is_not_translated(client, loan_decree):
    html = client.get("/en" + loan_decree.get_absolute_url()).content.decode()
    assert "Decree on preferential credit for ethnic minorities" in html
    assert "Partly no longer in force" in html and "History of its status" in html
    # The full text exists only in Vietnamese: the page says so and marks it.
    assert 'lang="vi"' in html
    listing = client.get("/en/van-ban/").content.decode()
    assert "Items without a translation into English are shown in Vietnamese." in listing


@pytest.mark.parametrize("language", ["en", "hmn", "km", "rad", "jra", "bdq"])
def test_every_content_language_says_when_a_document_is_not_translated(
    client, make_document, language
):
    from django.conf import settings

    assert language in dict(settings.LANGUAGES)
    document = make_document(title_vi="Chỉ có tiếng Việt", summary_vi="Tóm tắt tiếng Việt.")
    response = client.get(f"/{language}/van-ban/{document.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="notice' in html and 'lang="vi"' in html
    listing = client.get(f"/{language}/van-ban/").content.decode()
    assert "được hiển thị bằng tiếng Việt" in listing or "are shown in Vietnamese" in listing


def test_pages_are_text_pages_with_no_script(client, loan_decree):
    for url in ["/van-ban/", "/van-ban/?status=con-hieu-luc", loan_decree.get_absolute_url()]:
        html = client.get(url).content.decode()
        assert "<script" not in html and "style=" not in html


# --- scale -------------------------------------------------------------------------------------


def bulk(count):
    """`count` published documents with two topics each, replacing and amending each other,
    created in bulk as the library would meet them."""
    from django.utils import timezone

    start = LegalDocument.objects.count()
    documents = [
        LegalDocument(
            title_vi=f"Văn bản số lượng {n}",
            summary_vi="Tóm tắt.",
            slug=f"van-ban-so-luong-{n}",
            document_number=f"{n}/2024/QĐ-TN",
            document_type="quyet-dinh",
            issuing_agency_vi="Chính phủ",
            signed_date="2024-01-01",
            status="published",
            publish_at=timezone.now(),
        )
        for n in range(start, start + count)
    ]
    for document in documents:
        document.compute_search_fields()
    LegalDocument.objects.bulk_create(documents)
    topics = list(Topic.objects.filter(slug__in=["y-te-dan-so", "giao-duc-dao-tao"]))
    through = LegalDocument.topics.through
    through.objects.bulk_create(
        [through(legaldocument=d, topic=t) for d in documents for t in topics]
    )
    for older, newer in zip(documents, documents[1:], strict=False):
        newer.amends.add(older)


def queries(client, url):
    client.get(url)  # warm caches (site settings, issuers) the way a running server has them
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def listed_count(client, url):
    return client.get(url).content.decode().count("Văn bản số lượng")


PAGES = [
    "/van-ban/?page=1",
    "/van-ban/?q=van+ban&topic=y-te-dan-so",
    "/van-ban/?status=het-hieu-luc-mot-phan&type=quyet-dinh&year=2024&issuer=Chính+phủ",
    "/en/van-ban/",
]


@pytest.mark.parametrize("url", PAGES)
def test_query_count_does_not_grow_with_the_number_of_documents(client, url, settings):
    settings.DEBUG = False
    bulk(10)
    few = queries(client, url)
    shown_few = listed_count(client, url)
    bulk(90)
    many = queries(client, url)
    assert few == many
    assert shown_few >= 4 and listed_count(client, url) >= shown_few
    assert many <= 12


def test_detail_query_count_does_not_grow_with_relations_and_history(
    client, loan_decree, make_document
):
    from documents.models import StatusChange

    few = queries(client, loan_decree.get_absolute_url())
    others = [make_document() for _ in range(12)]
    loan_decree.related.add(*others[:4])
    loan_decree.replaces.add(*others[4:8])
    loan_decree.guides.add(*others[8:])
    for other in others:
        StatusChange.objects.create(
            document=loan_decree, date="2024-05-01", status="con-hieu-luc", caused_by=other
        )
    assert queries(client, loan_decree.get_absolute_url()) == few
    assert few <= 14


def test_pages_with_their_css_stay_under_50_kb(client, loan_decree):
    from django.conf import settings

    bulk(30)
    css = len((settings.BASE_DIR / "static" / "css" / "portal.css").read_bytes())
    for url in ["/van-ban/", "/en/van-ban/?status=con-hieu-luc", loan_decree.get_absolute_url()]:
        assert len(client.get(url).content) + css < 50_000, url


def test_the_document_page_shows_the_sections_other_apps_contribute(
    client, loan_decree, monkeypatch
):
    from django.template import Template

    from ubdt_portal import sections

    monkeypatch.setitem(sections._sections, "document", {})
    sections.register(
        "document",
        "test",
        order=1,
        # {% include %} takes a template as well as a name.
        template_name=Template("<p>Cơ sở pháp lý của: {{ section.number }}</p>"),
        get_context=lambda request, document: {"number": document.document_number},
    )
    html = client.get(loan_decree.get_absolute_url()).content.decode()
    assert "Cơ sở pháp lý của: 28/2022/NĐ-CP" in html
