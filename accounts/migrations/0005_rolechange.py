import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_ascii_addresses"),
    ]

    operations = [
        migrations.CreateModel(
            name="RoleChange",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "changed_at",
                    models.DateTimeField(
                        db_index=True, default=django.utils.timezone.now, verbose_name="changed at"
                    ),
                ),
                (
                    "changed_by_email",
                    models.CharField(blank=True, max_length=254, verbose_name="changed by"),
                ),
                ("account_email", models.CharField(max_length=254, verbose_name="account")),
                (
                    "aspect",
                    models.CharField(
                        choices=[
                            ("groups", "roles"),
                            ("user_permissions", "individual permissions"),
                            ("is_active", "active"),
                            ("is_staff", "staff status"),
                            ("is_superuser", "superuser status"),
                        ],
                        max_length=20,
                        verbose_name="what changed",
                    ),
                ),
                ("before", models.JSONField(verbose_name="before")),
                ("after", models.JSONField(verbose_name="after")),
                (
                    "account",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="role_changes",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="account",
                    ),
                ),
                (
                    "changed_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="changed by",
                    ),
                ),
            ],
            options={
                "verbose_name": "role change",
                "verbose_name_plural": "role changes",
                "ordering": ["-changed_at", "-pk"],
            },
        ),
    ]
