"""The portal's staff roles and the least privilege each needs.

Roles are Django groups. The table below is the one source of truth: data migrations call
`sync_roles` so that every database gets the same groups, and each app that adds models adds a
migration calling it again once its permissions exist.
"""

from django.contrib.auth.management import create_permissions

EDITOR = "Biên tập viên"
EDITOR_IN_CHIEF = "Trưởng ban biên tập"
QA_OFFICER = "Cán bộ trả lời hỏi đáp"
SYSTEM_ADMIN = "Quản trị hệ thống"


_REFERENCE_VIEW = [
    "reference.view_ethnicgroup",
    "reference.view_province",
    "reference.view_formerprovince",
    "reference.view_topic",
    "reference.view_communeregion",
]
_REFERENCE_MANAGE = [
    f"reference.{action}_{model}"
    for model in ("ethnicgroup", "province", "formerprovince", "topic", "communeregion")
    for action in ("add", "change", "view")
]

_POLICY_EDIT = [
    "policies.add_policy",
    "policies.change_policy",
    "policies.view_policy",
    "policies.add_policyattachment",
    "policies.change_policyattachment",
    "policies.delete_policyattachment",
    "policies.view_policyattachment",
    "policies.add_policyaudio",
    "policies.change_policyaudio",
    "policies.delete_policyaudio",
    "policies.view_policyaudio",
    "policies.add_policyupdate",
    "policies.change_policyupdate",
    "policies.delete_policyupdate",
    "policies.view_policyupdate",
]

# Permission strings name models that later issues add; those not yet present are skipped and
# picked up by the migration that creates them.
ROLE_PERMISSIONS = {
    EDITOR: [*_REFERENCE_VIEW, *_POLICY_EDIT],
    EDITOR_IN_CHIEF: [
        *_REFERENCE_VIEW,
        *_POLICY_EDIT,
        "policies.publish_policy",
        "policies.delete_policy",
    ],
    QA_OFFICER: [*_REFERENCE_VIEW, "policies.view_policy"],
    SYSTEM_ADMIN: [
        *_REFERENCE_MANAGE,
        "reference.view_sitesettings",
        "reference.change_sitesettings",
        "accounts.add_user",
        "accounts.change_user",
        "accounts.view_user",
        "auth.view_group",
        "axes.view_accessattempt",
        "axes.delete_accessattempt",
        "axes.view_accesslog",
        "axes.view_accessfailurelog",
    ],
}


def sync_roles(apps, schema_editor=None):
    """Make the role groups hold exactly the permissions listed above that exist so far."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, names in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=role)
        wanted = []
        for name in names:
            app_label, codename = name.split(".")
            wanted.extend(
                Permission.objects.filter(content_type__app_label=app_label, codename=codename)
            )
        group.permissions.set(wanted)
