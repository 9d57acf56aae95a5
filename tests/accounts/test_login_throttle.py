"""Failed logins are throttled, with a Vietnamese message."""

import pytest
from django.test import override_settings

from accounts.models import User

pytestmark = pytest.mark.django_db


@override_settings(AXES_FAILURE_LIMIT=3)
def test_repeated_failed_logins_lock_the_account_with_a_vietnamese_message(client):
    User.objects.create_user(
        email="bt@example.test", password="the-right-password-1", is_staff=True
    )
    url = "/quan-tri/login/?next=/quan-tri/"
    for _ in range(2):
        response = client.post(url, {"username": "bt@example.test", "password": "wrong"})
        assert response.status_code == 200
        assert (
            "Bạn hãy nhập đúng địa chỉ thư điện tử" in response.content.decode()
        )  # Django's Vietnamese error
    response = client.post(url, {"username": "bt@example.test", "password": "wrong"})
    assert response.status_code == 429
    assert "bị tạm khóa một giờ" in response.content.decode()
    # Even the right password is refused while locked.
    response = client.post(url, {"username": "bt@example.test", "password": "the-right-password-1"})
    assert response.status_code == 429


def test_a_successful_login_reaches_the_vietnamese_admin(client):
    User.objects.create_user(
        email="bt2@example.test", password="the-right-password-1", is_staff=True
    )
    response = client.post(
        "/quan-tri/login/?next=/quan-tri/",
        {"username": "bt2@example.test", "password": "the-right-password-1"},
        follow=True,
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Quản trị Cổng thông tin chính sách dân tộc" in html


def test_staff_log_in_with_their_email_typed_in_any_case(client):
    User.objects.create_user(
        email="mai@example.test", password="the-right-password-1", is_staff=True
    )
    response = client.post(
        "/quan-tri/login/?next=/quan-tri/",
        {"username": "Mai@Example.TEST", "password": "the-right-password-1"},
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/quan-tri/"


@override_settings(AXES_FAILURE_LIMIT=3, AXES_IPWARE_PROXY_COUNT=1)
def test_behind_the_proxy_each_client_is_counted_by_its_own_address(client):
    User.objects.create_user(
        email="bt3@example.test", password="the-right-password-1", is_staff=True
    )
    url = "/quan-tri/login/?next=/quan-tri/"
    attacker = {"HTTP_X_FORWARDED_FOR": "1.2.3.4, 203.0.113.66", "REMOTE_ADDR": "10.0.0.1"}
    for _ in range(3):
        client.post(url, {"username": "bt3@example.test", "password": "wrong"}, **attacker)
    locked = client.post(url, {"username": "bt3@example.test", "password": "wrong"}, **attacker)
    assert locked.status_code == 429
    # The real staff member, behind the same proxy, still logs in.
    staff = {"HTTP_X_FORWARDED_FOR": "203.0.113.7", "REMOTE_ADDR": "10.0.0.1"}
    response = client.post(
        url, {"username": "bt3@example.test", "password": "the-right-password-1"}, **staff
    )
    assert response.status_code == 302
