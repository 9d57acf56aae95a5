from django.db import migrations

from ubdt_portal.reference.initial_data import load


class Migration(migrations.Migration):
    dependencies = [("reference", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
