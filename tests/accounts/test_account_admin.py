"""Accounts a system administrator manages alone: roles ticked by their Vietnamese names with
what each may do, accounts deactivated rather than deleted, a password reset e-mail the person
acts on themselves, and the record of role changes to read."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from accounts import roles
from accounts.models import RoleChange, User

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:accounts_user_changelist"


def test_the_sysadmin_creates_an_account_ticking_roles_by_name(client, staff):
    sysadmin = staff(roles.SYSTEM_ADMIN)
    client.force_login(sysadmin)
    page = client.get(reverse("admin:accounts_user_add")).content.decode()
    editor_group = Group.objects.get(name=roles.EDITOR)
    assert f'type="checkbox" name="groups" value="{editor_group.pk}"' in page
    assert f"{roles.EDITOR} — viết và sửa nội dung" in page
    assert "Chọn tất cả" not in page and "filter_horizontal" not in page

    response = client.post(
        reverse("admin:accounts_user_add"),
        {
            "email": "bien-tap-moi@example.test",
            "full_name": "Nguyễn Văn Mới",
            "job_title": "Biên tập viên",
            "groups": [str(editor_group.pk)],
            "password1": "a-long-enough-password-1",
            "password2": "a-long-enough-password-1",
            "usable_password": "true",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    account = User.objects.get(email="bien-tap-moi@example.test")
    assert list(account.groups.values_list("name", flat=True)) == [roles.EDITOR]
    assert RoleChange.objects.filter(account=account, aspect="groups", changed_by=sysadmin).exists()


def test_accounts_are_deactivated_never_deleted(client, staff):
    sysadmin = staff(roles.SYSTEM_ADMIN)
    colleague = User.objects.create_user(
        email="cu@example.test", password="a-long-enough-password-1", is_staff=True
    )
    colleague.groups.add(Group.objects.get(name=roles.SYSTEM_ADMIN))
    client.force_login(sysadmin)
    listing = client.get(reverse(CHANGELIST)).content.decode()
    assert "delete_selected" not in listing
    assert "Vô hiệu hóa các tài khoản đã chọn" in listing
    assert client.get(reverse("admin:accounts_user_delete", args=[colleague.pk])).status_code == 403

    client.post(
        reverse(CHANGELIST),
        {"action": "deactivate_selected", "_selected_action": [colleague.pk, sysadmin.pk]},
    )
    colleague.refresh_from_db()
    sysadmin.refresh_from_db()
    assert not colleague.is_active
    assert sysadmin.is_active  # not one's own account
    record = RoleChange.objects.get(account=colleague, aspect="is_active")
    assert (record.before, record.after, record.changed_by) == (True, False, sysadmin)

    # An account holding rights the sysadmin does not hold is not theirs to lock out.
    chief = staff(roles.EDITOR_IN_CHIEF)
    client.post(
        reverse(CHANGELIST), {"action": "deactivate_selected", "_selected_action": [chief.pk]}
    )
    chief.refresh_from_db()
    assert chief.is_active


def test_a_password_reset_e_mail_lets_the_person_set_their_own_password(client, staff):
    sysadmin, editor = staff(roles.SYSTEM_ADMIN), staff(roles.EDITOR)
    client.force_login(sysadmin)
    client.post(
        reverse(CHANGELIST), {"action": "send_password_reset", "_selected_action": [editor.pk]}
    )
    assert [message.to for message in mail.outbox] == [[editor.email]]
    body = mail.outbox[0].body
    assert "You're receiving this email" not in body and "Please go to the following" not in body
    link = re.search(r"https?://[^/\s]+(/\S+/)", body).group(1)

    client.logout()
    page = client.get(link, follow=True)
    assert page.status_code == 200
    form_url = page.redirect_chain[-1][0] if page.redirect_chain else link
    response = client.post(
        form_url,
        {"new_password1": "mat-khau-moi-du-dai-2026", "new_password2": "mat-khau-moi-du-dai-2026"},
    )
    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.check_password("mat-khau-moi-du-dai-2026")


def test_the_sysadmin_reads_the_role_change_log(client, staff):
    sysadmin = staff(roles.SYSTEM_ADMIN)
    client.force_login(sysadmin)
    target = User.objects.create_user(email="doi-vai-tro@example.test", password="x" * 12)
    client.post(
        reverse("admin:accounts_user_change", args=[target.pk]),
        {},
    )
    from accounts import role_changes

    with role_changes.changes_by(sysadmin):
        target.groups.add(Group.objects.get(name=roles.EDITOR))
    listing = client.get(reverse("admin:accounts_rolechange_changelist"))
    assert listing.status_code == 200
    assert "doi-vai-tro@example.test" in listing.content.decode()
