from django.db import migrations

from ubdt_portal.reference.life_situations import load


class Migration(migrations.Migration):
    dependencies = [("reference", "0004_communes_region_lists_life_situations")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
