import pytest
from django.core.management import CommandError, call_command

from accounts.models import User
from ubdt_portal.reference.models import SiteSettings

pytestmark = pytest.mark.django_db


def test_seed_demo_is_refused_under_production_settings(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="refused"):
        call_command("seed_demo")
    assert not User.objects.exists()


def test_seed_demo_creates_one_staff_user_per_role_and_prints_logins(settings, capsys):
    settings.DEBUG = True
    call_command("seed_demo")
    out = capsys.readouterr().out
    users = User.objects.filter(email__endswith="@demo.invalid")
    assert users.count() == 4
    for user in users:
        assert user.groups.count() == 1
        assert user.email in out
    editor = User.objects.get(email="bientap@demo.invalid")
    assert editor.check_password("demo-bientap-2026")
    assert "demo-bientap-2026" in out
    assert SiteSettings.objects.get().hotline


def test_seed_demo_is_idempotent(settings):
    settings.DEBUG = True
    call_command("seed_demo")
    before = (User.objects.count(), SiteSettings.objects.get().hotline)
    call_command("seed_demo")
    assert (User.objects.count(), SiteSettings.objects.get().hotline) == before
