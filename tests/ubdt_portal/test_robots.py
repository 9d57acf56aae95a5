"""robots.txt: crawlers may index the public site in every language, not the admin, the staff
preview, a citizen's own question, the search results nor the finder's answers; it names the
sitemap by its absolute address."""

from urllib.robotparser import RobotFileParser

import pytest

pytestmark = pytest.mark.django_db

HOST = "http://testserver"


@pytest.fixture
def robots(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    return response.content.decode()


@pytest.fixture
def parser(robots):
    parser = RobotFileParser()
    parser.parse(robots.splitlines())
    return parser


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/chinh-sach/",
        "/chinh-sach/ho-tro-dat-o/",
        "/chinh-sach/?topic=nha-o",
        "/van-ban/",
        "/tin-tuc/",
        "/hoi-dap/",
        "/hoi-dap/gui-cau-hoi/",
        "/dan-toc/mong/",
        "/xa/lao-cai/",
        "/en/chinh-sach/",
        "/hmn/hoi-dap/",
        "/rss/chinh-sach.xml",
        "/sitemap.xml",
    ],
)
def test_the_public_site_is_open(parser, path):
    assert parser.can_fetch("*", HOST + path)


@pytest.mark.parametrize(
    "path",
    [
        "/quan-tri/",
        "/quan-tri/policies/benefit/",
        "/xem-truoc/policies.benefit/1/",
        "/en/xem-truoc/news.article/2/",
        "/hoi-dap/tra-cuu/",
        "/hoi-dap/tra-cuu/?ma=ABC123",
        "/km/hoi-dap/tra-cuu/",
        "/tim-kiem/?q=nh%C3%A0",
        "/en/tim-kiem/?q=house",
    ],
)
def test_staff_pages_a_citizens_question_and_search_results_are_closed(parser, path):
    assert not parser.can_fetch("*", HOST + path)


def test_the_admin_path_comes_from_the_settings(client, settings):
    assert f"Disallow: /{settings.ADMIN_URL}\n" in client.get("/robots.txt").content.decode()


def test_the_finders_answers_are_closed_not_the_finder(robots):
    # Python's parser drops a trailing "?"; crawlers read it as the start of a query.
    assert "Disallow: /chinh-sach/danh-cho-toi/?\n" in robots
    assert "Disallow: /en/chinh-sach/danh-cho-toi/?\n" in robots
    assert "Disallow: /chinh-sach/danh-cho-toi/\n" not in robots


def test_it_names_the_sitemap_and_has_no_language_prefix(client, robots):
    assert f"Sitemap: {HOST}/sitemap.xml" in robots.splitlines()
    assert client.get("/sitemap.xml").status_code == 200
    assert client.get("/en/robots.txt").status_code == 404
