from django.db import migrations


def normalise_emails(apps, schema_editor):
    """Logins now look an account up by its exact normalised address (no case-insensitive
    match), so bring addresses typed in the admin in another case into that form."""
    from accounts.models import normalise_login_name

    User = apps.get_model("accounts", "User")
    for user in User.objects.all().only("pk", "email"):
        email = normalise_login_name(user.email)
        if email == user.email:
            continue
        if User.objects.filter(email=email).exclude(pk=user.pk).exists():
            raise RuntimeError(
                f"Accounts {user.email!r} and {email!r} differ only in case or width; "
                "merge or rename one of them, then migrate again."
            )
        User.objects.filter(pk=user.pk).update(email=email)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_roles")]

    operations = [migrations.RunPython(normalise_emails, migrations.RunPython.noop)]
