"""Alerts: the editor-in-chief publishes a short warning; it shows at the top of every page in
every language while valid when national, on its provinces' pages when regional, on the home
page always — from one cached lookup, never an extra query per page."""

import time
from datetime import timedelta

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from news.models import Alert
from ubdt_portal.reference.models import Province

pytestmark = pytest.mark.django_db

PAGES = ["/", "/tin-tuc/", "/chinh-sach/", "/dan-toc/mong/", "/tim-kiem/?q=lu"]


def alert(message="Lũ quét ở vùng núi phía Bắc: tránh xa bờ suối.", provinces=(), **fields):
    now = timezone.now()
    values = {
        "message_vi": message,
        "level": "danger",
        "is_published": True,
        "starts_at": now - timedelta(minutes=5),
        "expires_at": now + timedelta(hours=6),
        **fields,
    }
    item = Alert.objects.create(**values)
    item.provinces.set(Province.objects.filter(slug__in=provinces))
    return item


def shown(client, path):
    html = client.get(path).content.decode()
    return html.split('<main id="main"', 1)[1].split('<div class="wrap"', 1)[0]


def test_a_national_alert_is_at_the_top_of_every_page(client, make_article):
    article = make_article()
    alert()
    for path in [*PAGES, article.get_absolute_url()]:
        top = shown(client, path)
        assert "Khẩn cấp" in top and "Lũ quét ở vùng núi phía Bắc" in top, path


def test_an_alert_shows_in_every_language(client):
    alert(message_en="Flash floods in the north: keep away from streams.")
    assert "Flash floods in the north" in shown(client, "/en/tin-tuc/")
    assert "Danger" in shown(client, "/en/tin-tuc/")
    # No Hmong text: the Vietnamese one, marked as Vietnamese inside the page.
    top = shown(client, "/hmn/tin-tuc/")
    assert '<div class="alerts" lang="vi">' in top and "Lũ quét ở vùng núi phía Bắc" in top


def test_a_regional_alert_is_on_the_home_page_not_on_others(client):
    alert("Sạt lở đất ở Lào Cai.", provinces=["lao-cai", "dien-bien"])
    home = shown(client, "/")
    assert "Sạt lở đất ở Lào Cai." in home and "Điện Biên, Lào Cai" in home
    for path in PAGES[1:]:
        assert "Sạt lở đất ở Lào Cai." not in shown(client, path), path


def notices_on_a_page_about(province_ids):
    request = RequestFactory().get("/xa/mot-xa/")
    template = Template("{% load portal %}{% page_notices %}")
    return template.render(Context({"request": request, "notice_provinces": province_ids}))


def test_a_regional_alert_is_on_the_pages_of_its_provinces():
    alert("Sạt lở đất ở Lào Cai.", provinces=["lao-cai"])
    lao_cai = Province.objects.get(slug="lao-cai")
    hue = Province.objects.get(slug="hue")
    assert "Sạt lở đất ở Lào Cai." in notices_on_a_page_about([lao_cai.pk])
    assert "Sạt lở đất ở Lào Cai." not in notices_on_a_page_about([hue.pk])


def test_only_valid_alerts_show(client):
    now = timezone.now()
    alert("Đã hết hạn.", expires_at=now - timedelta(minutes=1), starts_at=now - timedelta(days=1))
    alert("Chưa đến giờ.", starts_at=now + timedelta(hours=1))
    alert("Chưa công bố.", is_published=False)
    alert("Đang có hiệu lực.")
    top = shown(client, "/")
    assert "Đang có hiệu lực." in top
    for message in ("Đã hết hạn.", "Chưa đến giờ.", "Chưa công bố."):
        assert message not in top


def test_an_alert_disappears_when_it_expires_even_from_the_cache(client):
    alert("Sắp hết hạn.", expires_at=timezone.now() + timedelta(seconds=1.5))
    assert "Sắp hết hạn." in shown(client, "/tin-tuc/")  # now cached
    time.sleep(1.6)
    assert "Sắp hết hạn." not in shown(client, "/tin-tuc/")


def test_withdrawing_an_alert_removes_it_at_once(client, chief):
    item = alert("Sẽ được gỡ.")
    assert "Sẽ được gỡ." in shown(client, "/tin-tuc/")
    item.is_published = False
    item.save()
    assert "Sẽ được gỡ." not in shown(client, "/tin-tuc/")


def test_alerts_cost_no_query_per_page(client, django_assert_num_queries, make_article):
    make_article()
    client.get("/tin-tuc/")
    with CaptureQueriesContext(connection) as without_alerts:
        client.get("/tin-tuc/")
    count = len(without_alerts)  # read now: the next request empties the connection's log
    alert("Cảnh báo toàn quốc.")
    alert("Cảnh báo vùng.", provinces=["lao-cai"])
    client.get("/tin-tuc/")  # the one lookup, then cached
    with django_assert_num_queries(count):
        html = client.get("/tin-tuc/").content.decode()
    assert "Cảnh báo toàn quốc." in html


def test_the_expiry_must_follow_the_start():
    from django.core.exceptions import ValidationError

    now = timezone.now()
    item = Alert(message_vi="Sai giờ.", starts_at=now, expires_at=now - timedelta(hours=1))
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert error.value.message_dict["expires_at"] == [
        "Thời điểm hết hạn phải sau thời điểm bắt đầu hiện."
    ]


def test_only_the_editor_in_chief_publishes_alerts(client, editor, chief):
    add = reverse("admin:news_alert_add")
    client.force_login(editor)
    assert client.get(add).status_code == 403
    assert client.get(reverse("admin:news_alert_changelist")).status_code == 200
    client.force_login(chief)
    assert client.get(add).status_code == 200
    now = timezone.localtime()
    response = client.post(
        add,
        {
            "message_vi": "Bão số 3 đổ bộ.",
            "level": "danger",
            "starts_at_0": now.strftime("%d/%m/%Y"),
            "starts_at_1": (now - timedelta(minutes=1)).strftime("%H:%M:%S"),
            "expires_at_0": (now + timedelta(days=1)).strftime("%d/%m/%Y"),
            "expires_at_1": now.strftime("%H:%M:%S"),
            "is_published": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert "Bão số 3 đổ bộ." in shown(client, "/")


def test_a_regional_alert_is_on_its_provinces_and_communes_pages_only(client):
    from ubdt_portal.reference.models import Commune

    alert("Lũ quét ở Lào Cai.", provinces=["lao-cai"])
    commune = Commune.objects.filter(province__slug="lao-cai").first()
    assert "Lũ quét ở Lào Cai." in shown(client, "/xa/lao-cai/")
    assert "Lũ quét ở Lào Cai." in shown(client, commune.get_absolute_url())
    elsewhere = Commune.objects.filter(province__slug="hue").first()
    assert "Lũ quét ở Lào Cai." not in shown(client, "/xa/hue/")
    assert "Lũ quét ở Lào Cai." not in shown(client, elsewhere.get_absolute_url())
