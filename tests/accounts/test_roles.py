"""Each role can do what it must and nothing it must not."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from accounts import role_changes, roles
from accounts.models import RoleChange, User

pytestmark = pytest.mark.django_db


def staff(role, email=None):
    user = User.objects.create_user(
        email=email or f"{Group.objects.get(name=role).pk}@example.test",
        password="a-long-enough-password-1",
        is_staff=True,
    )
    user.groups.add(Group.objects.get(name=role))
    return user


def test_editor_cannot_manage_users_or_site_settings(client):
    editor = staff(roles.EDITOR)
    client.force_login(editor)
    assert not editor.has_perm("accounts.view_user")
    assert not editor.has_perm("reference.change_sitesettings")
    response = client.get(reverse("admin:accounts_user_changelist"))
    assert response.status_code == 403
    assert "Không có quyền truy cập" in response.content.decode()
    assert client.get(reverse("admin:reference_sitesettings_change", args=[1])).status_code == 403


def test_editor_can_read_but_not_change_reference_data(client):
    editor = staff(roles.EDITOR)
    client.force_login(editor)
    assert client.get(reverse("admin:reference_ethnicgroup_changelist")).status_code == 200
    assert not editor.has_perm("reference.change_ethnicgroup")


def test_system_administrator_manages_users_and_site_settings_but_not_content(client):
    admin = staff(roles.SYSTEM_ADMIN)
    client.force_login(admin)
    assert client.get(reverse("admin:accounts_user_changelist")).status_code == 200
    assert client.get(reverse("admin:reference_sitesettings_change", args=[1])).status_code == 200
    assert admin.has_perm("reference.change_topic")
    assert not admin.has_perm("accounts.delete_user")
    assert not any(p.startswith(("policies.", "news.", "qa.")) for p in admin.get_all_permissions())


def test_system_administrator_cannot_grant_superuser(client):
    admin = staff(roles.SYSTEM_ADMIN)
    target = User.objects.create_user(email="nv@example.test", password="x" * 12, is_staff=True)
    client.force_login(admin)
    page = client.get(reverse("admin:accounts_user_change", args=[target.pk])).content.decode()
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
    assert client.get(reverse("admin:auth_user_password_change", args=[root.pk])).status_code == 403
    response = client.post(
        reverse("admin:auth_user_password_change", args=[root.pk]),
        {"password1": "a-new-password-123", "password2": "a-new-password-123"},
    )
    assert response.status_code == 403
    root.refresh_from_db()
    assert root.check_password("x" * 12)


# No one changes their own roles; every change of roles is recorded -------------------------


def change_form_data(user, **changes):
    """What the admin's change form posts for `user`, with `changes` on top."""
    data = {
        "email": user.email,
        "full_name": user.full_name,
        "job_title": user.job_title,
        "groups": [group.pk for group in user.groups.all()],
        "_save": "Lưu lại",
    }
    for flag in ("is_active", "is_staff", "is_superuser"):
        if getattr(user, flag):
            data[flag] = "on"
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_system_administrator_sees_their_own_roles_read_only(client):
    admin = staff(roles.SYSTEM_ADMIN)
    client.force_login(admin)
    page = client.get(reverse("admin:accounts_user_change", args=[admin.pk])).content.decode()
    for field in ("groups", "is_staff", "is_superuser", "user_permissions"):
        assert f'name="{field}"' not in page
    assert "Quản trị hệ thống" in page  # the role is shown, as text
    # Others' roles stay editable.
    other = staff(roles.EDITOR, "bt@example.test")
    page = client.get(reverse("admin:accounts_user_change", args=[other.pk])).content.decode()
    assert 'name="groups"' in page
    assert 'name="is_staff"' in page


def test_system_administrator_cannot_give_themselves_the_editor_in_chief_role(client):
    admin = staff(roles.SYSTEM_ADMIN)
    editor_in_chief = Group.objects.get(name=roles.EDITOR_IN_CHIEF)
    publish = Permission.objects.get(codename="publish_benefit")
    client.force_login(admin)
    client.post(
        reverse("admin:accounts_user_change", args=[admin.pk]),
        change_form_data(
            admin,
            full_name="Quản Trị",
            groups=[editor_in_chief.pk],
            user_permissions=[publish.pk],
            is_superuser="on",
        ),
    )
    admin = User.objects.get(pk=admin.pk)
    assert admin.full_name == "Quản Trị"  # the rest of the form was saved
    assert list(admin.groups.values_list("name", flat=True)) == [roles.SYSTEM_ADMIN]
    assert not admin.is_superuser
    assert not admin.has_perm("policies.publish_benefit")
    assert not RoleChange.objects.filter(account=admin, changed_by=admin).exists()


def test_the_server_refuses_a_change_of_ones_own_roles_however_it_comes():
    admin = staff(roles.SYSTEM_ADMIN)
    editor_in_chief = Group.objects.get(name=roles.EDITOR_IN_CHIEF)
    with pytest.raises(PermissionDenied), role_changes.changes_by(admin):
        admin.groups.add(editor_in_chief)
    with pytest.raises(PermissionDenied), role_changes.changes_by(admin):
        admin.is_staff = False
        admin.save()
    admin = User.objects.get(pk=admin.pk)
    assert list(admin.groups.values_list("name", flat=True)) == [roles.SYSTEM_ADMIN]
    assert admin.is_staff


def test_a_change_of_another_users_roles_is_recorded_with_before_and_after(client):
    admin = staff(roles.SYSTEM_ADMIN)
    target = staff(roles.EDITOR, "bt@example.test")
    editor_in_chief = Group.objects.get(name=roles.EDITOR_IN_CHIEF)
    client.force_login(admin)
    response = client.post(
        reverse("admin:accounts_user_change", args=[target.pk]),
        change_form_data(target, groups=[editor_in_chief.pk], is_staff=None),
    )
    assert response.status_code == 302
    changes = RoleChange.objects.filter(changed_by=admin)
    assert {(c.account, c.aspect, repr(c.before), repr(c.after)) for c in changes} == {
        (target, "groups", repr([roles.EDITOR]), repr([roles.EDITOR_IN_CHIEF])),
        (target, "is_staff", "True", "False"),
    }
    assert all(c.changed_by_email == admin.email for c in changes)
    assert all(c.account_email == "bt@example.test" for c in changes)


def test_role_changes_outside_the_admin_are_recorded_too():
    target = staff(roles.EDITOR, "bt@example.test")
    qa_officer = Group.objects.get(name=roles.QA_OFFICER)
    qa_officer.user_set.add(target)
    target.user_permissions.add(Permission.objects.get(codename="publish_benefit"))
    latest = RoleChange.objects.filter(account=target)[:2]
    assert [(c.aspect, c.before, c.after, c.changed_by) for c in latest] == [
        ("user_permissions", [], ["policies.publish_benefit"], None),
        ("groups", [roles.EDITOR], sorted([roles.EDITOR, roles.QA_OFFICER]), None),
    ]


def test_role_changes_are_listed_read_only_for_superusers_and_system_admins_only(client):
    admin = staff(roles.SYSTEM_ADMIN)
    target = staff(roles.EDITOR, "bt@example.test")
    with role_changes.changes_by(admin):
        target.groups.set([Group.objects.get(name=roles.EDITOR_IN_CHIEF)])
    record = RoleChange.objects.get(changed_by=admin)
    url = reverse("admin:accounts_rolechange_changelist")

    client.force_login(target)
    assert client.get(url).status_code == 403
    assert "/accounts/rolechange/" not in client.get(reverse("admin:index")).content.decode()
    client.force_login(admin)
    assert "bt@example.test" in client.get(url).content.decode()
    assert 'name="_save"' not in client.get(f"{url}{record.pk}/change/").content.decode()

    root = User.objects.create_superuser(email="root@example.test", password="x" * 12)
    client.force_login(root)
    listing = client.get(url).content.decode()
    assert "bt@example.test" in listing
    assert roles.EDITOR_IN_CHIEF in listing
    assert "/accounts/rolechange/" in client.get(reverse("admin:index")).content.decode()
    # Read-only for the superuser too: no form, no adding, no deleting.
    detail = client.get(f"{url}{record.pk}/change/").content.decode()
    assert "bt@example.test" in detail
    assert 'name="aspect"' not in detail
    assert 'name="_save"' not in detail
    assert client.get(f"{url}add/").status_code == 403
    assert client.post(f"{url}{record.pk}/delete/", {"post": "yes"}).status_code == 403
    assert RoleChange.objects.filter(pk=record.pk).exists()


# What each role holds, in full: the apps declare their grants and `sync_roles` collects them.
_REFERENCE_VIEW = {
    "reference.view_communeregion",
    "reference.view_ethnicgroup",
    "reference.view_formerprovince",
    "reference.view_province",
    "reference.view_topic",
    "reference.view_lifesituation",
    "reference.view_commune",
    "reference.view_regionlist",
    "reference.view_communeclassification",
}
# Editors import commune region lists (an import adds or replaces a list).
_REGION_IMPORT = {"reference.add_regionlist", "reference.change_regionlist"}
_BENEFIT_EDIT = {
    f"policies.{action}_{model}"
    for model in ("benefitamount", "legalbasis", "benefitaudio")
    for action in ("add", "change", "delete", "view")
} | {"policies.add_benefit", "policies.change_benefit", "policies.view_benefit"}
_DOCUMENT_EDIT = {
    f"documents.{action}_{model}"
    for model in ("documentattachment", "statuschange")
    for action in ("add", "change", "delete", "view")
} | {
    "documents.add_legaldocument",
    "documents.change_legaldocument",
    "documents.view_legaldocument",
}
_IMAGE_EDIT = {"images.add_image", "images.change_image", "images.view_image"}
# Editors write articles; only the editor-in-chief publishes them, keeps the categories and
# publishes alerts.
_NEWS_EDIT = {
    "news.add_article",
    "news.change_article",
    "news.view_article",
    "news.view_category",
    "news.view_alert",
}
_NEWS_CHIEF = {
    "news.publish_article",
    "news.delete_article",
    *(
        f"news.{action}_{model}"
        for model in ("category", "alert")
        for action in ("add", "change", "delete")
    ),
}
EXPECTED_GRANTS = {
    roles.EDITOR: _REFERENCE_VIEW
    | _REGION_IMPORT
    | _BENEFIT_EDIT
    | _DOCUMENT_EDIT
    | _IMAGE_EDIT
    | _NEWS_EDIT,
    roles.EDITOR_IN_CHIEF: _REFERENCE_VIEW
    | _REGION_IMPORT
    | {"reference.delete_regionlist"}
    | _BENEFIT_EDIT
    | _DOCUMENT_EDIT
    | _IMAGE_EDIT
    | _NEWS_EDIT
    | _NEWS_CHIEF
    | {
        "policies.delete_benefit",
        "policies.publish_benefit",
        "documents.delete_legaldocument",
        "documents.publish_legaldocument",
        "images.delete_image",
    },
    roles.QA_OFFICER: _REFERENCE_VIEW | {"policies.view_benefit", "documents.view_legaldocument"},
    roles.SYSTEM_ADMIN: {
        f"reference.{action}_{model}"
        for model in (
            "communeregion",
            "ethnicgroup",
            "formerprovince",
            "province",
            "topic",
            "lifesituation",
            "commune",
        )
        for action in ("add", "change", "view")
    }
    | _REFERENCE_VIEW
    | _REGION_IMPORT
    | {
        "reference.delete_regionlist",
        "reference.change_sitesettings",
        "reference.view_sitesettings",
        "accounts.add_user",
        "accounts.change_user",
        "accounts.view_user",
        "auth.view_group",
        "axes.delete_accessattempt",
        "axes.view_accessattempt",
        "axes.view_accessfailurelog",
        "axes.view_accesslog",
        "accounts.view_rolechange",
    },
}
# Published Q&A (qa/roles.py): officers and editors write them, the editor-in-chief publishes.
_QA_EDIT = {
    "qa.add_publishedquestion",
    "qa.change_publishedquestion",
    "qa.view_publishedquestion",
} | {f"qa.{action}_answercitation" for action in ("add", "change", "delete", "view")}
EXPECTED_GRANTS[roles.EDITOR] |= _QA_EDIT
EXPECTED_GRANTS[roles.QA_OFFICER] |= _QA_EDIT
EXPECTED_GRANTS[roles.EDITOR_IN_CHIEF] |= _QA_EDIT | {
    "qa.publish_publishedquestion",
    "qa.delete_publishedquestion",
}
# Private questions (qa/roles.py): only the Q&A roles hold any right on them (they hold the
# askers' personal data); the approver also approves and publishes.
_QUESTIONS = {
    "qa.view_question",
    "qa.change_question",
    "qa.view_personal_data",
    "qa.answer_question",
    "qa.add_internalnote",
    "qa.view_internalnote",
} | {f"qa.{action}_questioncitation" for action in ("add", "change", "delete", "view")}
EXPECTED_GRANTS[roles.QA_OFFICER] |= _QUESTIONS
EXPECTED_GRANTS[roles.QA_APPROVER] = (
    _QA_EDIT
    | _QUESTIONS
    | {
        "qa.approve_question",
        "qa.publish_publishedquestion",
        "documents.view_legaldocument",
        "policies.view_benefit",
    }
)


def held_permissions():
    return {
        group.name: {
            f"{permission.content_type.app_label}.{permission.codename}"
            for permission in group.permissions.select_related("content_type")
        }
        for group in Group.objects.filter(name__in=EXPECTED_GRANTS)
    }


def test_each_role_holds_exactly_its_grants_after_migrations():
    assert held_permissions() == EXPECTED_GRANTS


def test_sync_roles_restores_the_grants_with_the_migrations_historical_models():
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    Group.objects.get(name=roles.EDITOR).permissions.add(
        Permission.objects.get(codename="delete_benefit")
    )
    Group.objects.get(name=roles.QA_OFFICER).permissions.clear()
    historical = MigrationLoader(connection).project_state().apps
    roles.sync_roles(historical)
    assert held_permissions() == EXPECTED_GRANTS


def test_every_declared_grant_names_a_permission_that_exists():
    """`sync_roles` skips permissions of models a later migration adds; once all migrations
    have run, a name that matches nothing is a mistake in some app's roles.py."""
    existing = {
        f"{app_label}.{codename}"
        for app_label, codename in Permission.objects.values_list(
            "content_type__app_label", "codename"
        )
    }
    declared = {name for names in roles.declared_grants().values() for name in names}
    assert declared - existing == set()


# No one takes over an account holding rights they do not hold -----------------------------
# Whoever sets an account's password or its e-mail address (the log-in name) can sign in as it
# and use its rights; whoever deactivates it locks its owner out.

CANNOT_TAKE_OVER = (
    "Tài khoản này có những quyền mà bạn không có, nên bạn không thể đổi mật khẩu, địa chỉ thư "
    "điện tử hay trạng thái hoạt động của tài khoản."
)


def set_password(client, account, password="mat-khau-moi-2026"):
    return client.post(
        reverse("admin:auth_user_password_change", args=[account.pk]),
        {"usable_password": "true", "password1": password, "password2": password},
    )


@pytest.mark.parametrize(
    "role",
    [roles.EDITOR_IN_CHIEF, roles.EDITOR, roles.QA_OFFICER],
    ids=["editor-in-chief", "editor", "qa-officer"],
)
def test_system_administrator_cannot_set_the_password_of_someone_with_other_rights(client, role):
    admin = staff(roles.SYSTEM_ADMIN)
    target = staff(role, "nguoi-khac@example.test")
    client.force_login(admin)
    url = reverse("admin:auth_user_password_change", args=[target.pk])
    assert client.get(url).status_code == 403
    assert set_password(client, target).status_code == 403
    target.refresh_from_db()
    assert target.check_password("a-long-enough-password-1")
    assert not target.check_password("mat-khau-moi-2026")


def test_a_deactivated_account_keeps_its_rights_for_this_rule(client):
    # Its rights come back when it is reactivated: resetting its password first would be a
    # takeover all the same.
    admin = staff(roles.SYSTEM_ADMIN)
    chief = staff(roles.EDITOR_IN_CHIEF, "tbt@example.test")
    User.objects.filter(pk=chief.pk).update(is_active=False)
    client.force_login(admin)
    assert set_password(client, chief).status_code == 403
    chief.refresh_from_db()
    assert chief.check_password("a-long-enough-password-1")


def test_system_administrator_sees_the_address_and_active_flag_of_the_chief_read_only(client):
    admin = staff(roles.SYSTEM_ADMIN)
    chief = staff(roles.EDITOR_IN_CHIEF, "tbt@example.test")
    client.force_login(admin)
    url = reverse("admin:accounts_user_change", args=[chief.pk])
    page = client.get(url).content.decode()
    assert 'name="email"' not in page
    assert 'name="is_active"' not in page
    assert "tbt@example.test" in page  # shown, as text
    assert "password/" not in page  # no link to the password form
    assert CANNOT_TAKE_OVER in page
    assert 'name="groups"' in page  # assigning roles stays the system administrator's job

    # A tampered form changes neither; the rest of it is saved.
    tampered = change_form_data(chief, full_name="Trưởng Ban", email="quantri@example.test")
    del tampered["is_active"]
    assert client.post(url, tampered).status_code == 302
    chief = User.objects.get(pk=chief.pk)
    assert chief.full_name == "Trưởng Ban"
    assert chief.email == "tbt@example.test"
    assert chief.is_active


def test_system_administrator_manages_accounts_holding_no_rights_they_lack(client):
    admin = staff(roles.SYSTEM_ADMIN)
    newcomer = User.objects.create_user(
        email="moi@example.test", password="a-long-enough-password-1", is_staff=True
    )
    client.force_login(admin)
    url = reverse("admin:accounts_user_change", args=[newcomer.pk])
    page = client.get(url).content.decode()
    assert 'name="email"' in page
    assert 'name="is_active"' in page
    assert 'href="../password/"' in page
    assert CANNOT_TAKE_OVER not in page
    assert set_password(client, newcomer).status_code == 302
    newcomer.refresh_from_db()
    assert newcomer.check_password("mat-khau-moi-2026")
    response = client.post(url, change_form_data(newcomer, email="moi2@example.test"))
    assert response.status_code == 302
    assert User.objects.get(pk=newcomer.pk).email == "moi2@example.test"
    # Their own account holds exactly their rights.
    assert set_password(client, admin).status_code == 302


def test_a_superuser_may_set_anyones_password_and_address(client):
    root = User.objects.create_superuser(email="root@example.test", password="x" * 12)
    chief = staff(roles.EDITOR_IN_CHIEF, "tbt@example.test")
    client.force_login(root)
    url = reverse("admin:accounts_user_change", args=[chief.pk])
    page = client.get(url).content.decode()
    assert 'name="email"' in page
    assert CANNOT_TAKE_OVER not in page
    assert set_password(client, chief).status_code == 302
    chief.refresh_from_db()
    assert chief.check_password("mat-khau-moi-2026")
    assert client.post(url, change_form_data(chief, email="tbt2@example.test")).status_code == 302
    assert User.objects.get(pk=chief.pk).email == "tbt2@example.test"
