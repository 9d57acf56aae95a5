from django.db import migrations

from accounts.roles import sync_roles


class Migration(migrations.Migration):
    """The Q&A roles' rights on questions, and the approver's role (accounts.roles)."""

    dependencies = [
        ("qa", "0004_questions"),
        ("accounts", "0002_roles"),
        ("documents", "0003_role_permissions"),
        ("policies", "0009_benefits"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
