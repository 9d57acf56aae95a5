"""The news feeds: RSS 2.0 that parses, with absolute links and publish dates, listing only
published articles whose time has come — all news, or one category's."""

import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import pytest
from django.utils import timezone

from news.models import Category

pytestmark = pytest.mark.django_db


def feed(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    return root.find("channel")


def test_the_feed_lists_published_articles_with_absolute_links_and_dates(client, make_article):
    now = timezone.now()
    article = make_article(
        title_vi="Tin đã đăng",
        lead_vi="Tóm tắt đã đăng.",
        publish_at=now - timezone.timedelta(hours=2),
    )
    make_article(title_vi="Bản nháp", status="draft")
    make_article(title_vi="Tin hẹn giờ", publish_at=now + timezone.timedelta(hours=1))
    make_article(title_vi="Tin đã lưu trữ", status="archived")
    channel = feed(client, "/rss/tin-tuc.xml")
    assert channel.findtext("link") == "http://testserver/tin-tuc/"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["Tin đã đăng"]
    (item,) = items
    assert item.findtext("link") == "http://testserver" + article.get_absolute_url()
    assert item.findtext("description") == "Tóm tắt đã đăng."
    assert parsedate_to_datetime(item.findtext("pubDate")) == article.publish_at.replace(
        microsecond=0
    )
    assert item.findtext("category") == "Hoạt động của Bộ"


def test_a_category_has_its_own_feed(client, make_article):
    disasters = Category.objects.get(slug="phong-chong-thien-tai")
    make_article(title_vi="Cảnh báo lũ", category=disasters)
    make_article(title_vi="Tin hoạt động")
    channel = feed(client, "/rss/tin-tuc/phong-chong-thien-tai.xml")
    assert [item.findtext("title") for item in channel.findall("item")] == ["Cảnh báo lũ"]
    assert channel.findtext("link") == "http://testserver/tin-tuc/?category=phong-chong-thien-tai"
    assert "Phòng, chống thiên tai" in channel.findtext("title")


def test_the_english_feed_is_in_english_where_translated(client, make_article):
    make_article(title_vi="Tin tiếng Việt", title_en="News in English", lead_en="Lead.")
    channel = feed(client, "/en/rss/tin-tuc.xml")
    assert channel.findtext("language") == "en"
    assert channel.find("item").findtext("title") == "News in English"
    assert channel.find("item").findtext("link").startswith("http://testserver/en/tin-tuc/")


def test_the_pages_point_to_the_feeds(client, make_article):
    html = client.get("/tin-tuc/", {"category": "moi-truong"}).content.decode()
    assert 'type="application/rss+xml"' in html
    assert 'href="/rss/tin-tuc/moi-truong.xml"' in html
