"""Failed logins are throttled per account and address, the client's address cannot be forged,
and one account has one counter whatever way its name is typed."""

import pytest
from django.urls import reverse

from accounts.models import User

pytestmark = pytest.mark.django_db

LOGIN_URL = f"{reverse('admin:login')}?next={reverse('admin:index')}"
PASSWORD = "the-right-password-1"
PROXY = "10.0.0.1"
STAFF_ADDRESS = "203.0.113.7"
ATTACKER_ADDRESS = "198.51.100.9"


@pytest.fixture
def limits(settings):
    """Three failures per account and address, six per address; no proxy unless a test says."""
    settings.AXES_FAILURE_LIMIT = 3
    settings.LOGIN_ADDRESS_FAILURE_LIMIT = 6
    settings.PROXY_COUNT = 0
    return settings


def staff_member(email="bt@example.test"):
    return User.objects.create_user(email=email, password=PASSWORD, is_staff=True)


def log_in(client, username, password, **meta):
    return client.post(LOGIN_URL, {"username": username, "password": password}, **meta)


def from_address(address, proxy_count, forged=None):
    """Request headers of a client at `address`, straight or through `proxy_count` proxies; a
    client may put anything it likes in front of what the proxies add."""
    if proxy_count == 0:
        meta = {"REMOTE_ADDR": address}
        if forged:
            meta["HTTP_X_FORWARDED_FOR"] = forged
        return meta
    chain = [forged] if forged else []
    chain += [address] + [f"10.0.0.{hop + 2}" for hop in range(proxy_count - 1)]
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": ", ".join(chain)}


def test_repeated_failed_logins_lock_the_account_with_a_vietnamese_message(client, limits):
    staff_member()
    for _ in range(2):
        response = log_in(client, "bt@example.test", "wrong")
        assert response.status_code == 200
        assert "Bạn hãy nhập đúng địa chỉ thư điện tử" in response.content.decode()
    response = log_in(client, "bt@example.test", "wrong")
    assert response.status_code == 429
    assert "bị tạm khóa một giờ" in response.content.decode()
    # Even the right password is refused while locked.
    assert log_in(client, "bt@example.test", PASSWORD).status_code == 429


def test_a_successful_login_reaches_the_vietnamese_admin(client):
    staff_member("bt2@example.test")
    response = client.post(
        LOGIN_URL, {"username": "bt2@example.test", "password": PASSWORD}, follow=True
    )
    assert response.status_code == 200
    assert "Quản trị Cổng thông tin chính sách dân tộc" in response.content.decode()


# The client's address ----------------------------------------------------------------------


def test_without_a_proxy_a_forged_forwarded_header_changes_nothing(client, limits):
    staff_member()
    for attempt in range(3):
        response = log_in(
            client,
            "bt@example.test",
            "wrong",
            REMOTE_ADDR=ATTACKER_ADDRESS,
            HTTP_X_FORWARDED_FOR=f"192.0.2.{attempt + 1}",
        )
    assert response.status_code == 429
    fresh_header = {"REMOTE_ADDR": ATTACKER_ADDRESS, "HTTP_X_FORWARDED_FOR": "192.0.2.200"}
    assert log_in(client, "bt@example.test", PASSWORD, **fresh_header).status_code == 429


@pytest.mark.parametrize("proxy_count", [1, 2])
def test_behind_proxies_only_what_our_proxies_added_names_the_client(client, limits, proxy_count):
    limits.PROXY_COUNT = proxy_count
    staff_member()
    for attempt in range(3):
        response = log_in(
            client,
            "bt@example.test",
            "wrong",
            **from_address(ATTACKER_ADDRESS, proxy_count, forged=f"192.0.2.{attempt + 1}"),
        )
    assert response.status_code == 429
    rotated = from_address(ATTACKER_ADDRESS, proxy_count, forged="192.0.2.200, 192.0.2.201")
    assert log_in(client, "bt@example.test", PASSWORD, **rotated).status_code == 429


def test_behind_a_proxy_a_request_without_forwarded_entries_counts_from_the_socket(client, limits):
    # A request that reaches the app without passing the proxy (or a proxy that sets no header)
    # is the socket's client: it neither escapes counting nor shares a counter with everyone.
    limits.PROXY_COUNT = 1
    staff_member()
    for _ in range(3):
        response = log_in(client, "bt@example.test", "wrong", REMOTE_ADDR=ATTACKER_ADDRESS)
    assert response.status_code == 429
    response = log_in(client, "bt@example.test", PASSWORD, REMOTE_ADDR=STAFF_ADDRESS)
    assert response.status_code == 302


# No one can lock a staff member out --------------------------------------------------------

SCENARIOS = {
    # name: (proxy count, the attacker's headers, the staff member's headers)
    "no proxy, plain": (
        0,
        from_address(ATTACKER_ADDRESS, 0),
        from_address(STAFF_ADDRESS, 0),
    ),
    "no proxy, attacker forges the staff member's address": (
        0,
        from_address(ATTACKER_ADDRESS, 0, forged=STAFF_ADDRESS),
        from_address(STAFF_ADDRESS, 0),
    ),
    "one proxy, forwarded": (
        1,
        from_address(ATTACKER_ADDRESS, 1, forged=STAFF_ADDRESS),
        from_address(STAFF_ADDRESS, 1),
    ),
    "one proxy, no forwarded header": (
        1,
        {"REMOTE_ADDR": ATTACKER_ADDRESS},
        {"REMOTE_ADDR": STAFF_ADDRESS},
    ),
}


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_an_attackers_failures_never_refuse_the_staff_members_right_password(
    client, limits, scenario
):
    proxy_count, attacker, staff = SCENARIOS[scenario]
    limits.PROXY_COUNT = proxy_count
    staff_member()
    for _ in range(5):
        response = log_in(client, "bt@example.test", "wrong", **attacker)
    assert response.status_code == 429
    assert log_in(client, "bt@example.test", PASSWORD, **staff).status_code == 302


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_a_client_failing_across_many_accounts_is_locked_out_itself(client, limits, scenario):
    proxy_count, attacker, staff = SCENARIOS[scenario]
    limits.PROXY_COUNT = proxy_count
    staff_member()
    staff_member("own@example.test")
    # One guess per account, never reaching any account's own limit.
    for number in range(6):
        response = log_in(client, f"person{number}@example.test", "wrong", **attacker)
    assert response.status_code == 429
    # Locked as a client: its next guess, even a right one, is refused.
    assert log_in(client, "own@example.test", PASSWORD, **attacker).status_code == 429
    # The staff member at their own address is not touched.
    assert log_in(client, "bt@example.test", PASSWORD, **staff).status_code == 302


def test_a_successful_login_does_not_reset_the_clients_failures_on_other_accounts(client, limits):
    # An insider with an account of their own must not clear the count of their guesses at
    # colleagues' passwords by logging in as themselves in between.
    staff_member("own@example.test")
    insider = {"REMOTE_ADDR": ATTACKER_ADDRESS}
    for number in range(2):
        log_in(client, f"colleague{number}@example.test", "wrong", **insider)
    for round_ in range(2):
        assert log_in(client, "own@example.test", PASSWORD, **insider).status_code == 302
        client.post(reverse("admin:logout"))
        for number in range(2):
            response = log_in(client, f"colleague{round_}{number}@example.test", "wrong", **insider)
    assert response.status_code == 429


# One account, one counter ------------------------------------------------------------------


def test_staff_log_in_with_their_email_typed_in_any_case_or_width(client):
    staff_member("mai@example.test")
    for typed in ("Mai@Example.TEST", "  mai@example.test ", "ｍａｉ@ｅｘａｍｐｌｅ.ｔｅｓｔ"):
        response = log_in(client, typed, PASSWORD)
        assert response.status_code == 302, typed
        assert response.headers["Location"] == reverse("admin:index")
        client.post(reverse("admin:logout"))


def test_every_way_of_typing_an_account_name_shares_one_counter(client, limits):
    staff_member("skiem@example.test")
    # Upper case, the long s (ſ), the Kelvin sign (K) and full-width letters all name the
    # same account once normalised, so they count against it together.
    for typed in (" SKIEM@example.test", "ſkiem@example.test", "s\u212aiem@example.test"):
        response = log_in(client, typed, "wrong")
    assert response.status_code == 429
    assert log_in(client, "ｓｋｉｅｍ@example.test", PASSWORD).status_code == 429
    assert log_in(client, "skiem@example.test", PASSWORD).status_code == 429


def test_a_look_alike_name_never_logs_into_another_account(client, limits):
    staff_member("hoidap@example.test")
    # The dotless ı is not an i: no e-mail address of ours contains it, so the name is refused
    # as an address before any password is checked, and it can never reach hoidap@.
    response = log_in(client, "hoıdap@example.test", PASSWORD)
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert "Địa chỉ thư điện tử không hợp lệ" in response.content.decode()
    # Guessing through it costs no attempts of the real account, and gives no attempts either.
    for _ in range(10):
        assert log_in(client, "hoıdap@example.test", "wrong").status_code == 200
    assert log_in(client, "hoidap@example.test", PASSWORD).status_code == 302


def test_an_account_is_found_only_by_its_exact_normalised_address():
    user = staff_member("hoidap@example.test")
    assert User.objects.get_by_natural_key(" HoiDap@Example.test") == user
    for look_alike in ("hoıdap@example.test", "hoİdap@example.test", "hoidap@exampIe.test"):
        with pytest.raises(User.DoesNotExist):
            User.objects.get_by_natural_key(look_alike)


@pytest.mark.parametrize("length", [256, 10_000])
def test_an_overlong_login_name_is_a_vietnamese_form_error(client, length):
    name = "a" * (length - len("@example.test")) + "@example.test"
    response = log_in(client, name, "wrong")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Địa chỉ thư điện tử quá dài" in html
