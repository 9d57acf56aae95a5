"""The public news pages: the list with its categories and pages, an article with its picture,
related news and what it concerns, and the news on other pages (home, ethnic group)."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news.models import Article, Category
from tests.factories import news_category
from ubdt_portal.reference.models import EthnicGroup

pytestmark = pytest.mark.django_db


def test_categories_arrive_with_the_database():
    slugs = set(Category.objects.values_list("slug", flat=True))
    assert {"khoa-hoc-cong-nghe", "moi-truong", "phong-chong-thien-tai"} <= slugs
    disasters = Category.objects.get(slug="phong-chong-thien-tai")
    assert (disasters.name_vi, disasters.name_en) == (
        "Phòng, chống thiên tai",
        "Disaster prevention",
    )


def test_the_list_shows_published_articles_newest_first(client, make_article):
    now = timezone.now()
    make_article(title_vi="Tin cũ hơn", publish_at=now - timezone.timedelta(days=2))
    make_article(title_vi="Tin mới nhất", publish_at=now - timezone.timedelta(hours=1))
    make_article(title_vi="Bản nháp chưa đăng", status="draft")
    make_article(title_vi="Tin hẹn giờ", publish_at=now + timezone.timedelta(days=1))
    html = client.get("/tin-tuc/").content.decode()
    assert html.index("Tin mới nhất") < html.index("Tin cũ hơn")
    assert "Bản nháp chưa đăng" not in html and "Tin hẹn giờ" not in html


def test_the_category_filter_narrows_the_list_and_is_kept_across_pages(
    client, make_article, monkeypatch
):
    monkeypatch.setattr("news.views.PER_PAGE", 2)
    environment = Category.objects.get(slug="moi-truong")
    for n in range(3):
        make_article(title_vi=f"Tin môi trường số {n}", category=environment)
    make_article(title_vi="Tin hoạt động")
    response = client.get("/tin-tuc/", {"category": "moi-truong"})
    html = response.content.decode()
    assert "<h1>Môi trường</h1>" in html
    assert "Tin hoạt động" not in html
    assert html.count("Tin môi trường số") == 2
    assert 'href="?category=moi-truong&amp;page=2"' in html
    assert 'href="/tin-tuc/?category=moi-truong" aria-current="page"' in html
    second = client.get("/tin-tuc/", {"category": "moi-truong", "page": 2}).content.decode()
    assert second.count("Tin môi trường số") == 1


@pytest.mark.parametrize(
    "query",
    [
        {"page": "abc"},
        {"page": "-1"},
        {"page": "99999999999999999999999"},
        {"category": "khong-co"},
        {"category": "x" * 8_000},
        {"category": "<script>"},
        {"category": "ы", "page": "2"},
    ],
)
def test_bad_query_values_never_break_the_list(client, make_article, query):
    make_article(title_vi="Tin vẫn hiện")
    response = client.get("/tin-tuc/", query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Tin vẫn hiện" in html
    assert "<script>" not in html.split("<main", 1)[1]


def test_an_unknown_category_is_said_in_vietnamese(client, make_article):
    html = client.get("/tin-tuc/", {"category": "khong-co"}).content.decode()
    assert "Không có chuyên mục tin này; dưới đây là tất cả tin tức." in html


@pytest.mark.parametrize(
    "path",
    ["/tin-tuc/?category=%00", "/tin-tuc/?page=%00", "/tin-tuc/%00/", "/rss/tin-tuc/%00.xml"],
)
def test_nul_bytes_are_a_bad_request_not_an_error(client, path):
    assert client.get(path).status_code in (400, 404)


@pytest.mark.parametrize("path", ["/tin-tuc/khong-co/", "/en/tin-tuc/x/", "/rss/tin-tuc/x.xml"])
def test_unknown_slugs_are_404(client, path):
    assert client.get(path).status_code == 404


def test_the_article_page_shows_everything_an_article_has(client, flood_article):
    html = client.get(flood_article.get_absolute_url()).content.decode()
    main = html.split('<main id="main"', 1)[1]
    order = [
        "Phòng, chống thiên tai",
        "<h1>Lũ quét ở vùng núi: bà con cần làm gì</h1>",
        "Phóng viên thử",
        '<p class="lead">Những việc cần làm ngay khi có cảnh báo lũ quét.</p>',
        "<picture>",
        "Ruộng bậc thang ở Lào Cai (ảnh thử)",
        "Đưa người già và trẻ em đến nơi an toàn.",
        'href="/dan-toc/mong/">Mông</a>',
        "<dd>Lào Cai</dd>",
    ]
    positions = [main.index(text) for text in order]
    assert positions == sorted(positions)
    assert "<script>" not in main  # the body was sanitised on save
    published = timezone.localtime(flood_article.publish_at)
    assert f"{published:%H:%M %d/%m/%Y}</time>" in main


def test_the_picture_is_responsive_sized_and_not_lazy_at_the_top(client, flood_article):
    html = client.get(flood_article.get_absolute_url()).content.decode()
    img = re.search(r"<img [^>]*>", html.split("<picture>", 1)[1]).group(0)
    assert 'width="720" height="450"' in img
    assert 'alt="Ruộng bậc thang dưới chân núi"' in img
    assert 'sizes="(min-width: 48rem) 45rem, 100vw"' in img
    assert 'loading="lazy"' not in img
    assert re.search(
        r'<source type="image/webp" srcset="[^"]+ 360w, [^"]+ 720w, [^"]+ 1080w"', html
    )


def test_related_articles_are_of_the_same_category_and_lazy(
    client, flood_article, make_article, picture
):
    same = make_article(
        title_vi="Chuẩn bị trước mùa lũ", category=flood_article.category, image=picture
    )
    make_article(title_vi="Tin chuyên mục khác")
    html = client.get(flood_article.get_absolute_url()).content.decode()
    related = html.split('id="related-title"', 1)[1]
    assert same.title_vi in related and "Tin chuyên mục khác" not in related
    assert 'loading="lazy"' in related


def test_english_page_shows_the_translation_and_says_what_is_not_translated(client, flood_article):
    html = client.get("/en" + flood_article.get_absolute_url()).content.decode()
    assert '<html lang="en">' in html
    assert "<h1>Flash floods in the mountains: what to do</h1>" in html
    assert "Parts of this page have not been translated into English yet" in html
    assert '<div class="article-body" lang="vi">' in html
    assert ">Disaster prevention</a>" in html


def test_an_untranslated_article_says_so_in_vietnamese(client, make_article):
    article = make_article(title_vi="Tin chỉ có tiếng Việt")
    html = client.get("/hmn" + article.get_absolute_url()).content.decode()
    assert '<html lang="hmn">' in html
    assert "Nội dung này chưa được dịch sang tiếng Mông. Dưới đây là bản tiếng Việt." in html


def test_sample_content_is_labelled_as_such(client, make_article):
    article = make_article(title_vi="Bài hướng dẫn mẫu", is_sample=True)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Bài mẫu: nội dung minh họa, không phải tin thật." in html
    assert "Bài mẫu</span>" in client.get("/tin-tuc/").content.decode()


def test_print_hides_what_a_printed_article_does_not_need(client, flood_article):
    from django.conf import settings

    css = (settings.BASE_DIR / "static" / "css" / "portal.css").read_text()
    rules = css.split("@media print {", 1)[1].split("}", 1)[0]
    for selector in (".site-header", ".site-nav", ".related-articles", ".pagination"):
        assert selector in rules


def test_home_shows_the_latest_news(client, make_article):
    for n in range(6):
        make_article(title_vi=f"Tin trang chủ số {n}")
    html = client.get("/").content.decode()
    assert "Tin mới nhất" in html
    assert html.count("Tin trang chủ số") == 4
    assert "Tin trang chủ số 5" in html and "Tin trang chủ số 0" not in html


def test_ethnic_group_page_shows_the_news_about_the_group(client, make_article):
    mong = EthnicGroup.objects.get(slug="mong")
    make_article(title_vi="Tin về đồng bào Mông", ethnic_groups=[mong])
    make_article(title_vi="Tin chung")
    html = client.get("/dan-toc/mong/").content.decode()
    assert "Tin tức về đồng bào dân tộc Mông" in html
    assert "Tin về đồng bào Mông" in html and "Tin chung" not in html
    other = client.get("/dan-toc/thai/").content.decode()
    assert "Tin tức về đồng bào dân tộc" not in other  # nothing to say: no section


def test_site_search_finds_articles(client, make_article):
    make_article(title_vi="Hội nghị chuyển đổi số", lead_vi="Bàn về cổng thông tin.")
    html = client.get("/tim-kiem/", {"q": "chuyen doi so"}).content.decode()
    assert "Tin tức (1)" in html and "Hội nghị chuyển đổi số" in html


# --- query counts and size --------------------------------------------------------------------


def bulk(count, category=None, image=None):
    """`count` published articles, each about the Mông, created in bulk."""
    now = timezone.now()
    category = category or news_category()
    start = Article.objects.count()
    articles = [
        Article(
            title_vi=f"Tin số lượng {n}",
            lead_vi="Tóm tắt tin.",
            body_vi="<p>Nội dung.</p>",
            slug=f"tin-so-luong-{n}",
            category=category,
            image=image,
            status="published",
            publish_at=now - timezone.timedelta(minutes=n),
        )
        for n in range(start, start + count)
    ]
    for article in articles:
        article.compute_search_fields()
    Article.objects.bulk_create(articles)
    mong = EthnicGroup.objects.get(slug="mong")
    through = Article.ethnic_groups.through
    through.objects.bulk_create([through(article=a, ethnicgroup=mong) for a in articles])


def queries(client, url):
    client.get(url)  # warm the caches (site settings, alerts) as a running server has them
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


PAGES = [
    "/tin-tuc/",
    "/tin-tuc/?category=hoat-dong&page=1",
    "/",
    "/dan-toc/mong/",
    "/rss/tin-tuc.xml",
]


@pytest.mark.parametrize("url", PAGES)
def test_query_count_does_not_grow_with_the_number_of_articles(client, url, picture, settings):
    settings.DEBUG = False
    bulk(5, image=picture)
    few = queries(client, url)
    shown_few = client.get(url).content.decode().count("Tin số lượng")
    bulk(40, image=picture)
    many = queries(client, url)
    assert few == many
    assert shown_few >= 4 and client.get(url).content.decode().count("Tin số lượng") >= shown_few
    assert many <= 12


def test_article_query_count_does_not_grow_with_what_it_concerns(client, flood_article, picture):
    few = queries(client, flood_article.get_absolute_url())
    bulk(10, category=flood_article.category, image=picture)
    flood_article.ethnic_groups.set(EthnicGroup.objects.all()[:20])
    assert queries(client, flood_article.get_absolute_url()) == few
    assert few <= 8


def test_pages_with_their_css_stay_under_50_kb(client, flood_article, picture):
    from django.conf import settings

    bulk(30, image=picture)
    css = len((settings.BASE_DIR / "static" / "css" / "portal.css").read_bytes())
    for url in ["/tin-tuc/", flood_article.get_absolute_url(), "/"]:
        html = client.get(url).content
        assert len(html) + css < 50_000, url
        assert b"<script" not in html and b"style=" not in html


# --- benefits, documents and communes --------------------------------------------------------


def test_an_article_links_its_published_benefits_and_documents(client, flood_article):
    from documents.models import LegalDocument
    from policies.models import Benefit
    from tests.factories import make

    benefit = make(Benefit, title_vi="Hỗ trợ làm nhà sau lũ")
    draft = make(Benefit, title_vi="Chế độ còn là bản nháp", status="draft")
    document = make(LegalDocument, title_vi="Nghị định về phòng chống thiên tai")
    flood_article.related_benefits.set([benefit, draft])
    flood_article.related_documents.set([document])
    html = client.get(flood_article.get_absolute_url()).content.decode()
    relations = html.split('id="relations-title"', 1)[1]
    assert f'href="{benefit.get_absolute_url()}">Hỗ trợ làm nhà sau lũ</a>' in relations
    assert "Chế độ còn là bản nháp" not in relations
    assert "Nghị định về phòng chống thiên tai" in relations
    assert document.document_number in relations and "Còn hiệu lực" in relations


def test_benefit_and_document_pages_show_the_articles_about_them(client, make_article):
    from documents.models import LegalDocument
    from policies.models import Benefit
    from tests.factories import make

    benefit = make(Benefit, title_vi="Hỗ trợ học sinh bán trú")
    document = make(LegalDocument, title_vi="Nghị định 66/2025/NĐ-CP")
    article = make_article(title_vi="Học sinh bán trú được thêm gạo")
    article.related_benefits.set([benefit])
    article.related_documents.set([document])
    make_article(title_vi="Tin không liên quan")
    for page in (benefit, document):
        html = client.get(page.get_absolute_url()).content.decode()
        assert "Tin tức liên quan" in html
        assert "Học sinh bán trú được thêm gạo" in html and "Tin không liên quan" not in html
    other = make(Benefit, title_vi="Chế độ chưa có tin")
    assert "Tin tức liên quan" not in client.get(other.get_absolute_url()).content.decode()


def test_a_commune_page_gets_the_news_of_its_province(rf, make_article):
    from ubdt_portal import sections
    from ubdt_portal.reference.models import Commune, Province

    lao_cai = Province.objects.get(slug="lao-cai")
    commune = Commune.objects.filter(province=lao_cai).first() or Commune.objects.create(
        code="99999", name="Xã Thử", slug="xa-thu", kind=Commune.Kind.values[0], province=lao_cai
    )
    make_article(title_vi="Tin Lào Cai", provinces=[lao_cai])
    make_article(title_vi="Tin Huế", provinces=[Province.objects.get(slug="hue")])
    (news,) = [
        s
        for s in sections.render("commune", rf.get("/"), commune=commune)
        if s["template_name"] == "news/related_section.html"
    ]
    assert [a.title_vi for a in news["context"]["articles"]] == ["Tin Lào Cai"]


def test_article_query_count_does_not_grow_with_its_benefits_and_documents(client, flood_article):
    from documents.models import LegalDocument
    from policies.models import Benefit
    from tests.factories import make

    flood_article.related_benefits.set([make(Benefit)])
    flood_article.related_documents.set([make(LegalDocument)])
    few = queries(client, flood_article.get_absolute_url())
    flood_article.related_benefits.add(*[make(Benefit) for _ in range(8)])
    flood_article.related_documents.add(*[make(LegalDocument) for _ in range(8)])
    assert queries(client, flood_article.get_absolute_url()) == few
    assert few <= 10
