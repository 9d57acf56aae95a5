"""The standard news categories, and the roles' permissions on the news models."""

from django.db import migrations

from accounts.roles import sync_roles

# (slug, Vietnamese name, English name), in the order they are listed.
CATEGORIES = [
    ("hoat-dong", "Hoạt động của Bộ", "Ministry activities"),
    ("chinh-sach-dan-toc", "Chính sách dân tộc", "Ethnic policy"),
    ("chuyen-doi-so", "Chuyển đổi số", "Digital transformation"),
    ("khoa-hoc-cong-nghe", "Khoa học và công nghệ", "Science and technology"),
    ("moi-truong", "Môi trường", "Environment"),
    ("phong-chong-thien-tai", "Phòng, chống thiên tai", "Disaster prevention"),
]


def load_categories(apps, schema_editor):
    Category = apps.get_model("news", "Category")
    for order, (slug, name_vi, name_en) in enumerate(CATEGORIES, start=1):
        Category.objects.update_or_create(
            slug=slug,
            defaults={"name": name_vi, "name_vi": name_vi, "name_en": name_en, "order": order},
        )


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0001_initial"),
        ("accounts", "0002_roles"),
    ]

    operations = [
        migrations.RunPython(load_categories, migrations.RunPython.noop),
        migrations.RunPython(sync_roles, migrations.RunPython.noop),
    ]
