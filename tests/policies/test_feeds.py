"""The benefits feed: RSS 2.0 that parses, listing only published benefits whose time has come,
newly published or changed first, with absolute links, publication dates and the summary."""

import xml.etree.ElementTree as ET
from datetime import timedelta
from email.utils import parsedate_to_datetime

import pytest
from django.utils import timezone

from policies.models import Benefit

pytestmark = pytest.mark.django_db


def feed(client, path="/rss/chinh-sach.xml"):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    return root.find("channel")


def titles(channel):
    return [item.findtext("title") for item in channel.findall("item")]


def test_the_feed_lists_published_benefits_with_absolute_links_dates_and_summary(
    client, make_benefit
):
    now = timezone.now()
    benefit = make_benefit(
        title_vi="Vay vốn làm nhà ở",
        summary_vi="Hộ nghèo được vay đến 40 triệu đồng để làm nhà.",
        publish_at=now - timedelta(hours=2),
    )
    make_benefit(title_vi="Bản nháp", status="draft")
    make_benefit(title_vi="Hẹn giờ", publish_at=now + timedelta(hours=1))
    make_benefit(title_vi="Đã lưu trữ", status="archived")
    channel = feed(client)
    assert channel.findtext("link") == "http://testserver/chinh-sach/"
    assert channel.findtext("title").startswith("Chế độ hỗ trợ — ")
    (item,) = channel.findall("item")
    assert item.findtext("title") == "Vay vốn làm nhà ở"
    assert item.findtext("link") == "http://testserver" + benefit.get_absolute_url()
    assert item.findtext("description") == "Hộ nghèo được vay đến 40 triệu đồng để làm nhà."
    assert parsedate_to_datetime(item.findtext("pubDate")) == benefit.publish_at.replace(
        microsecond=0
    )


def test_without_a_summary_the_feed_says_who_can_get_it(client, make_benefit):
    make_benefit(summary_vi="", who_in_one_line_vi="Học sinh bán trú ở xã khu vực III")
    (item,) = feed(client).findall("item")
    assert item.findtext("description") == "Học sinh bán trú ở xã khu vực III"


def test_newly_published_or_changed_benefits_come_first(client, make_benefit):
    now = timezone.now()
    old = make_benefit(title_vi="Cũ, vừa sửa", publish_at=now - timedelta(days=30))
    make_benefit(title_vi="Mới đăng", publish_at=now - timedelta(days=2))
    make_benefit(title_vi="Cũ", publish_at=now - timedelta(days=20))
    for benefit in Benefit.objects.all():
        Benefit.objects.filter(pk=benefit.pk).update(updated_at=benefit.publish_at)
    assert titles(feed(client)) == ["Mới đăng", "Cũ", "Cũ, vừa sửa"]
    Benefit.objects.filter(pk=old.pk).update(updated_at=now - timedelta(hours=1))
    assert titles(feed(client)) == ["Cũ, vừa sửa", "Mới đăng", "Cũ"]


def test_the_english_feed_is_in_english_where_translated(client, make_benefit):
    make_benefit(title_vi="Hỗ trợ tiếng Việt", title_en="Housing loans", summary_en="Loans.")
    channel = feed(client, "/en/rss/chinh-sach.xml")
    assert channel.findtext("language") == "en"
    assert channel.find("item").findtext("title") == "Housing loans"
    assert channel.find("item").findtext("description") == "Loans."
    assert channel.find("item").findtext("link").startswith("http://testserver/en/chinh-sach/")


def test_the_feed_reads_a_fixed_number_of_queries(
    client, make_benefit, django_assert_max_num_queries
):
    for count in (2, 20):
        for _ in range(count):
            make_benefit()
        with django_assert_max_num_queries(2):
            assert len(titles(feed(client))) >= count


def test_the_news_feed_still_works_beside_it(client):
    assert feed(client, "/rss/tin-tuc.xml").findtext("link") == "http://testserver/tin-tuc/"


def test_the_benefit_pages_and_the_home_page_point_to_the_feed(client, make_benefit):
    benefit = make_benefit()
    link = 'type="application/rss+xml" title="Chế độ hỗ trợ (RSS)" href="/rss/chinh-sach.xml"'
    for path in ["/", "/chinh-sach/", benefit.get_absolute_url()]:
        assert link in client.get(path).content.decode(), path
    assert 'href="/en/rss/chinh-sach.xml"' in client.get("/en/chinh-sach/").content.decode()
