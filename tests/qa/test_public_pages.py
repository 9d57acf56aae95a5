"""The public Q&A pages: /hoi-dap/ (search, topic filter, pagination) and one answer, and the
sections they add to the pages of other content."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories

pytestmark = pytest.mark.django_db


def main(response):
    return response.content.decode().split("<main", 1)[1]


def test_the_page_of_an_answer_shows_the_short_answer_before_the_full_one(client, housing_answer):
    html = main(client.get(housing_answer.get_absolute_url()))
    question = html.index("Nhà tôi là hộ nghèo, muốn vay tiền làm nhà.")
    short = html.index("Được vay tối đa 40 triệu đồng")
    full = html.index("Điều 14 Nghị định 28/2022/NĐ-CP cho vay vốn làm nhà ở.")
    assert question < short < full
    assert "Bộ Dân tộc và Tôn giáo trả lời ngày" in html
    assert f"{housing_answer.answered_on:%d/%m/%Y}" in html
    assert "Người hỏi ở Sơn La" in html


def test_the_legal_basis_links_to_the_cited_article_and_the_benefit(client, housing_answer):
    from documents.models import LegalDocument
    from policies.models import Benefit

    document = LegalDocument.objects.get(document_number="28/2022/NĐ-CP")
    benefit = Benefit.objects.get(title_vi="Vay vốn làm nhà ở")
    html = main(client.get(housing_answer.get_absolute_url()))
    assert f'<a href="/van-ban/{document.slug}/#dieu-14">Điều 14</a>' in html
    assert f'href="{benefit.get_absolute_url()}"' in html


def test_unpublished_documents_benefits_and_related_answers_are_not_linked(client, make_answer):
    from documents.models import LegalDocument
    from policies.models import Benefit

    draft_document = factories.make(LegalDocument, status="draft", title_vi="Văn bản nháp")
    draft_benefit = factories.make(Benefit, status="draft", title_vi="Chế độ nháp")
    draft_answer = make_answer(status="draft", title_vi="Câu hỏi nháp?")
    answer = make_answer(
        citations=[(draft_document, "Điều 2")],
        benefits=[draft_benefit],
        related=[draft_answer],
    )
    html = main(client.get(answer.get_absolute_url()))
    for hidden in (draft_document.slug, draft_benefit.slug, draft_answer.slug):
        assert hidden not in html


def test_the_province_is_shown_only_when_the_asker_consented(client, make_answer):
    answer = make_answer(province=None)
    assert "Người hỏi ở" not in main(client.get(answer.get_absolute_url()))


def test_related_answers_are_listed_on_the_page(client, make_answer, housing_answer):
    other = make_answer(title_vi="Hộ cận nghèo có được vay không?", related=[housing_answer])
    html = main(client.get(other.get_absolute_url()))
    assert "Câu hỏi liên quan" in html and housing_answer.get_absolute_url() in html


def test_the_list_searches_filters_by_topic_and_pages(client, make_answer, housing_answer):
    from ubdt_portal.reference.models import Topic

    health = Topic.objects.get(slug="y-te-dan-so")
    make_answer(title_vi="Thẻ bảo hiểm y tế miễn phí?", topic=health)
    make_answer(title_vi="Câu hỏi nháp về thẻ bảo hiểm?", topic=health, status="draft")
    html = main(client.get("/hoi-dap/"))
    assert "2 câu trả lời" in html and "Câu hỏi nháp" not in html
    html = main(client.get("/hoi-dap/", {"q": "bao hiem"}))
    assert "Thẻ bảo hiểm y tế miễn phí?" in html and "Hộ nghèo vay" not in html
    html = main(client.get("/hoi-dap/", {"topic": "tin-dung-uu-dai"}))
    assert "Hộ nghèo vay" in html and "Thẻ bảo hiểm" not in html

    for n in range(20):
        make_answer(title_vi=f"Câu hỏi số {n}?", topic=health)
    html = main(client.get("/hoi-dap/", {"topic": "y-te-dan-so", "page": "2"}))
    assert "Trang 2 / 2" in html or "Trang 2 trên 2" in html or "2 / 2" in html


@pytest.mark.parametrize(
    "query",
    [
        {"page": "abc"},
        {"page": "1000000000"},
        {"page": "-1"},
        {"topic": "khong-ton-tai"},
        {"topic": "x" * 8_000},
        {"q": "a" * 8_000},
        {"q": "&|!:*()"},
        {"q": "ho tro\u200b nha\u202eo"},
        {"topic": "<script>"},
        {"q": "'; drop table qa_publishedquestion; --"},
    ],
)
def test_junk_parameters_never_break_the_list(client, housing_answer, query):
    response = client.get("/hoi-dap/", query)
    assert response.status_code == 200
    assert "<script>" not in main(response).replace("&lt;script&gt;", "")


def test_a_bad_topic_is_explained_in_vietnamese_and_the_rest_still_works(client, housing_answer):
    html = main(client.get("/hoi-dap/", {"topic": "khong-ton-tai"}))
    assert "Lựa chọn này không có trong danh sách." in html
    assert "Hộ nghèo vay làm nhà được bao nhiêu?" in html


@pytest.mark.parametrize(
    "path",
    ["/hoi-dap/khong-co/", "/hoi-dap/%00/", "/hoi-dap/" + "a" * 3000 + "/", "/en/hoi-dap/x/"],
)
def test_unknown_or_junk_addresses_are_client_errors(client, path):
    assert 400 <= client.get(path).status_code < 500


def test_a_draft_answer_is_not_public(client, make_answer):
    draft = make_answer(status="draft")
    assert client.get(draft.get_absolute_url()).status_code == 404


def queries(client, url):
    client.get(url)  # warm caches (site settings) the way a running server has them
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize(
    "url", ["/hoi-dap/", "/hoi-dap/?q=cau+hoi&topic=y-te-dan-so&page=1", "/", "/dan-toc/mong/"]
)
def test_list_query_counts_do_not_grow_with_the_answers(client, make_answer, url):
    from ubdt_portal.reference.models import EthnicGroup, Topic

    health = Topic.objects.get(slug="y-te-dan-so")
    mong = EthnicGroup.objects.get(slug="mong")
    make_answer(title_vi="Câu hỏi đầu tiên?", topic=health, ethnic_groups=[mong])
    few = queries(client, url)
    for n in range(25):
        make_answer(title_vi=f"Câu hỏi thêm số {n}?", topic=health, ethnic_groups=[mong])
    assert queries(client, url) == few
    assert few <= 8


def test_the_answer_page_query_count_does_not_grow_with_citations(client, make_answer):
    from documents.models import LegalDocument
    from policies.models import Benefit

    answer = make_answer()
    url = answer.get_absolute_url()
    few = queries(client, url)
    for n in range(10):
        document = factories.make(LegalDocument)
        answer.citations.create(document=document, articles=f"Điều {n + 1}", order=n)
        answer.benefits.add(factories.make(Benefit))
        answer.related.add(make_answer())
    assert queries(client, url) == few
    assert few <= 8


def test_latest_answers_appear_on_the_home_and_ethnic_group_pages(client, housing_answer):
    url = housing_answer.get_absolute_url()
    assert url in main(client.get("/"))
    assert url in main(client.get("/dan-toc/mong/"))
    assert url not in main(client.get("/dan-toc/tay/"))


def test_sections_of_benefit_document_and_commune_pages_list_the_answers_concerning_them(
    rf, housing_answer
):
    from documents.models import LegalDocument
    from policies.models import Benefit
    from ubdt_portal import sections
    from ubdt_portal.reference.models import Commune, Province

    def answers_in(page, **objects):
        rendered = [s for s in sections.render(page, rf.get("/"), **objects)]
        return [a for s in rendered for a in s["context"].get("answers", [])]

    benefit = Benefit.objects.get(title_vi="Vay vốn làm nhà ở")
    document = LegalDocument.objects.get(document_number="28/2022/NĐ-CP")
    son_la = Province.objects.get(slug="son-la")
    commune = Commune.objects.create(
        code="99991", name="Xã Thử", slug="xa-thu", kind="xa", province=son_la
    )
    elsewhere = Commune.objects.create(
        code="99992",
        name="Xã Khác",
        slug="xa-khac",
        kind="xa",
        province=Province.objects.exclude(pk=son_la.pk).first(),
    )
    assert answers_in("benefit", benefit=benefit) == [housing_answer]
    assert answers_in("document", document=document) == [housing_answer]
    assert answers_in("commune", commune=commune) == [housing_answer]
    assert answers_in("commune", commune=elsewhere) == []
    other = factories.make(Benefit)
    assert answers_in("benefit", benefit=other) == []


def test_the_site_search_finds_published_answers(client, housing_answer):
    html = main(client.get("/tim-kiem/", {"q": "vay lam nha"}))
    assert housing_answer.get_absolute_url() in html


def test_answers_are_listed_newest_first(client, make_answer):
    make_answer(title_vi="Câu hỏi cũ?", answered_on=date(2026, 1, 5))
    make_answer(title_vi="Câu hỏi mới?", answered_on=date(2026, 6, 5))
    html = main(client.get("/hoi-dap/"))
    assert html.index("Câu hỏi mới?") < html.index("Câu hỏi cũ?")
