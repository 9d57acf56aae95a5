"""The portal's staff roles, and the permissions each holds: the least each needs.

Roles are Django groups. Each installed app says what every role may do with its own models in a
`roles.py` module of its own, as `GRANTS = {EDITOR: ["policies.add_policy", ...], ...}`, with the
role names below. `sync_roles` collects those declarations from every installed app; data
migrations call it so that every database gets the same groups, and each app that adds models adds
a migration calling it again once its permissions exist.
"""

from django.contrib.auth.management import create_permissions
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from ubdt_portal.app_modules import app_modules

EDITOR = "Biên tập viên"
EDITOR_IN_CHIEF = "Trưởng ban biên tập"
QA_OFFICER = "Cán bộ trả lời hỏi đáp"
# Approves the officers' answers and publishes them (qa).
QA_APPROVER = "Lãnh đạo duyệt hỏi đáp"
SYSTEM_ADMIN = "Quản trị hệ thống"

ROLES = (EDITOR, EDITOR_IN_CHIEF, QA_OFFICER, QA_APPROVER, SYSTEM_ADMIN)

# What each role may do, in words, where a role is chosen for an account.
DESCRIPTIONS = {
    EDITOR: _(
        "writes and edits content, sends it for review and proposes changes to published "
        "content; publishes nothing"
    ),
    EDITOR_IN_CHIEF: _(
        "does what an editor does, and approves, publishes, schedules, returns and takes down "
        "content"
    ),
    QA_OFFICER: _("answers citizens' questions; sees published policies"),
    SYSTEM_ADMIN: _(
        "creates and deactivates staff accounts, assigns roles, sends password reset e-mails "
        "and reads the login records"
    ),
}

# The accounts app's own grants: staff accounts, and the groups and login records (django-axes)
# that come with them.
GRANTS = {
    SYSTEM_ADMIN: [
        "accounts.add_user",
        "accounts.change_user",
        "accounts.view_user",
        "auth.view_group",
        "axes.view_accessattempt",
        "axes.delete_accessattempt",
        "axes.view_accesslog",
        "axes.view_accessfailurelog",
        "accounts.view_rolechange",
    ],
}


def declared_grants():
    """{role: [permission names]} as the installed apps' `roles.py` modules declare them."""
    grants = {role: [] for role in ROLES}
    for module in app_modules("roles"):
        for role, names in getattr(module, "GRANTS", {}).items():
            if role not in grants:
                raise ImproperlyConfigured(f"{module.__name__} grants an unknown role: {role!r}")
            grants[role].extend(names)
    return grants


def sync_roles(apps, schema_editor=None):
    """Make the role groups hold exactly the declared permissions that exist so far (those of
    models a later migration adds are picked up by that migration's call)."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, names in declared_grants().items():
        group, _created = Group.objects.get_or_create(name=role)
        wanted = []
        for name in names:
            app_label, codename = name.split(".")
            wanted.extend(
                Permission.objects.filter(content_type__app_label=app_label, codename=codename)
            )
        group.permissions.set(wanted)
