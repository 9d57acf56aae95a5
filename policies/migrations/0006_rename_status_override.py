from django.db import migrations


class Migration(migrations.Migration):
    """The field overrides the *legal* status (in force, expired…), not the publishing one."""

    dependencies = [
        ("policies", "0005_upload_content_checks"),
    ]

    operations = [
        migrations.RenameField(
            model_name="policy",
            old_name="status_override",
            new_name="legal_status_override",
        ),
        migrations.RenameField(
            model_name="historicalpolicy",
            old_name="status_override",
            new_name="legal_status_override",
        ),
    ]
