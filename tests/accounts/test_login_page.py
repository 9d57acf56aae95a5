"""Every message a person meets on the admin's login page is Vietnamese."""

import re

import pytest
from django.urls import reverse

from accounts.models import User

pytestmark = pytest.mark.django_db

LOGIN_URL = f"{reverse('admin:login')}?next={reverse('admin:index')}"
PASSWORD = "the-right-password-1"
# Words of Django's English login page that must never show on the Vietnamese one.
ENGLISH = ("Error:", "Please correct", "Please enter", "Ensure this value", "This field")


def messages(response):
    """The page title and every error shown, as text."""
    html = response.content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    errors = re.findall(
        r'class="errornote">(.*?)</p>|class="errorlist[^"]*"[^>]*>(.*?)</ul>', html, re.S
    )
    shown = [title] + [re.sub(r"<[^>]+>", " ", " ".join(pair)).strip() for pair in errors]
    return " | ".join(shown)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"username": "bt@example.test", "password": "wrong"},
            "Bạn hãy nhập đúng địa chỉ thư điện tử và mật khẩu",
        ),
        ({"username": "", "password": ""}, "Bạn hãy nhập địa chỉ thư điện tử."),
        ({"username": "bt@example.test", "password": ""}, "Bạn hãy nhập mật khẩu."),
        (
            {"username": "a" * 300 + "@example.test", "password": "x"},
            "Địa chỉ thư điện tử quá dài: tối đa 254 ký tự.",
        ),
        ({"username": "not-an-address", "password": "x"}, "Địa chỉ thư điện tử không hợp lệ"),
        (
            {"username": "citizen@example.test", "password": PASSWORD},
            "Bạn hãy nhập đúng địa chỉ thư điện tử và mật khẩu của một tài khoản cán bộ.",
        ),
    ],
    ids=["wrong password", "empty", "no password", "overlong", "not an address", "not staff"],
)
def test_login_errors_are_vietnamese(client, data, expected):
    User.objects.create_user(email="bt@example.test", password=PASSWORD, is_staff=True)
    User.objects.create_user(email="citizen@example.test", password=PASSWORD)
    response = client.post(LOGIN_URL, data)
    assert response.status_code == 200
    shown = messages(response)
    assert expected in shown
    assert shown.startswith("Lỗi: Đăng nhập")
    assert not any(word in shown for word in ENGLISH), shown
    if not data["username"] or not data["password"]:
        assert "Vui lòng sửa những chỗ được đánh dấu dưới đây." in shown


def test_the_locked_page_is_vietnamese(client, settings):
    settings.AXES_FAILURE_LIMIT = 1
    User.objects.create_user(email="bt@example.test", password=PASSWORD, is_staff=True)
    response = client.post(LOGIN_URL, {"username": "bt@example.test", "password": "wrong"})
    assert response.status_code == 429
    html = response.content.decode()
    assert "Đăng nhập sai quá nhiều lần" in html
    assert "bị tạm khóa một giờ" in html
    assert "Account locked" not in html


def test_a_logged_in_person_without_access_is_told_in_vietnamese(client):
    citizen = User.objects.create_user(email="citizen@example.test", password=PASSWORD)
    client.force_login(citizen)
    html = client.get(LOGIN_URL).content.decode()
    assert "Bạn đang đăng nhập bằng tài khoản citizen@example.test" in html
    assert "You are authenticated" not in html
