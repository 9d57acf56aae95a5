import pytest
from django.core.management import CommandError, call_command

from accounts.models import User
from ubdt_portal.reference.models import SiteSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_allowed(settings):
    settings.DEMO = True
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]


def test_seed_demo_is_refused_without_the_demo_switch(settings):
    settings.DEMO = False
    settings.DEBUG = True  # being in development is not enough
    with pytest.raises(CommandError, match="DEMO=true"):
        call_command("seed_demo")
    assert not User.objects.exists()


def test_seed_demo_is_refused_when_the_portal_answers_to_a_public_host(demo_allowed, settings):
    settings.ALLOWED_HOSTS = ["127.0.0.1", "chinhsach.example.gov.vn"]
    with pytest.raises(CommandError, match="chinhsach.example.gov.vn"):
        call_command("seed_demo")
    assert not User.objects.exists()


def test_seed_demo_creates_one_staff_user_per_role_and_prints_logins(demo_allowed, capsys):
    call_command("seed_demo")
    out = capsys.readouterr().out
    users = User.objects.filter(email__endswith="@demo.invalid")
    assert users.count() == 5  # one per role, the Q&A approver included
    for user in users:
        assert user.groups.count() == 1
        assert user.email in out
    editor = User.objects.get(email="bientap@demo.invalid")
    assert editor.check_password("demo-bientap-2026")
    assert "demo-bientap-2026" in out
    assert SiteSettings.objects.get().hotline


def test_seed_demo_is_idempotent(demo_allowed):
    call_command("seed_demo")
    before = (User.objects.count(), SiteSettings.objects.get().hotline)
    call_command("seed_demo")
    assert (User.objects.count(), SiteSettings.objects.get().hotline) == before
