"""Each role can do what it must and nothing it must not."""

import pytest
from django.contrib.auth.models import Group

from accounts import roles
from accounts.models import User

pytestmark = pytest.mark.django_db


def staff(role, email=None):
    user = User.objects.create_user(
        email=email or f"{Group.objects.get(name=role).pk}@example.test",
        password="a-long-enough-password-1",
        is_staff=True,
    )
    user.groups.add(Group.objects.get(name=role))
    return user


def test_the_four_roles_exist_after_migrations():
    assert set(Group.objects.values_list("name", flat=True)) >= {
        "Biên tập viên",
        "Trưởng ban biên tập",
        "Cán bộ trả lời hỏi đáp",
        "Quản trị hệ thống",
    }


def test_editor_cannot_manage_users_or_site_settings(client):
    editor = staff(roles.EDITOR)
    client.force_login(editor)
    assert not editor.has_perm("accounts.view_user")
    assert not editor.has_perm("reference.change_sitesettings")
    response = client.get("/quan-tri/accounts/user/")
    assert response.status_code == 403
    assert "Không có quyền truy cập" in response.content.decode()
    assert client.get("/quan-tri/reference/sitesettings/1/change/").status_code == 403


def test_editor_can_read_but_not_change_reference_data(client):
    editor = staff(roles.EDITOR)
    client.force_login(editor)
    assert client.get("/quan-tri/reference/ethnicgroup/").status_code == 200
    assert not editor.has_perm("reference.change_ethnicgroup")


def test_system_administrator_manages_users_and_site_settings_but_not_content(client):
    admin = staff(roles.SYSTEM_ADMIN)
    client.force_login(admin)
    assert client.get("/quan-tri/accounts/user/").status_code == 200
    assert client.get("/quan-tri/reference/sitesettings/1/change/").status_code == 200
    assert admin.has_perm("reference.change_topic")
    assert not admin.has_perm("accounts.delete_user")
    assert not any(p.startswith(("policies.", "news.", "qa.")) for p in admin.get_all_permissions())


def test_system_administrator_cannot_grant_superuser(client):
    admin = staff(roles.SYSTEM_ADMIN)
    target = User.objects.create_user(email="nv@example.test", password="x" * 12, is_staff=True)
    client.force_login(admin)
    page = client.get(f"/quan-tri/accounts/user/{target.pk}/change/").content.decode()
    assert 'name="is_superuser"' not in page


def test_qa_officer_holds_no_editorial_or_user_rights():
    officer = staff(roles.QA_OFFICER)
    permissions = officer.get_all_permissions()
    assert not any(p.startswith("accounts.") for p in permissions)
    editorial = ("policies.add", "policies.change", "policies.publish")
    assert not any(p.startswith(editorial) for p in permissions)
    assert not any(p.startswith("news.") and not p.startswith("news.view") for p in permissions)


def test_system_administrator_cannot_touch_a_superuser_account(client):
    admin = staff(roles.SYSTEM_ADMIN)
    root = User.objects.create_superuser(email="root@example.test", password="x" * 12)
    client.force_login(admin)
    assert client.get(f"/quan-tri/accounts/user/{root.pk}/password/").status_code == 403
    response = client.post(
        f"/quan-tri/accounts/user/{root.pk}/password/",
        {"password1": "a-new-password-123", "password2": "a-new-password-123"},
    )
    assert response.status_code == 403
    root.refresh_from_db()
    assert root.check_password("x" * 12)
