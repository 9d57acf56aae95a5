from django.db import migrations

from accounts.roles import sync_roles


class Migration(migrations.Migration):
    """Editors import commune region lists; every role reads communes and life situations."""

    dependencies = [
        ("reference", "0005_province_codes_and_communes"),
        ("accounts", "0002_roles"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
