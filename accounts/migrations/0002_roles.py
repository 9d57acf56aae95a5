from django.db import migrations

from accounts.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("axes", "0010_accessattemptexpiration"),
        ("reference", "0002_reference_data"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
