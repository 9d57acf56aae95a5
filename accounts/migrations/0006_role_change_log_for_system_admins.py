from django.db import migrations

from accounts.roles import sync_roles


class Migration(migrations.Migration):
    """The system administrator reads the record of role changes (accounts.view_rolechange)."""

    dependencies = [("accounts", "0005_rolechange")]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
