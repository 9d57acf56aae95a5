"""System checks that `manage.py check --deploy` runs on top of Django's own."""

from django.conf import settings
from django.core.checks import Error, Tags, register

MIN_SECRET_KEY_LENGTH = 50
# Keys that are published and so protect nothing: the placeholder of `.env.example` and the
# development default of settings.py.
KNOWN_KEY_MARKERS = ("replace-with-", "dev-only-insecure-key")


@register(Tags.security, deploy=True)
def check_secret_key(app_configs, **kwargs):
    key = str(getattr(settings, "SECRET_KEY", "") or "")
    if len(key) < MIN_SECRET_KEY_LENGTH or key.startswith(KNOWN_KEY_MARKERS):
        return [
            Error(
                "SECRET_KEY is a published placeholder or shorter than "
                f"{MIN_SECRET_KEY_LENGTH} characters.",
                hint='Generate one: python -c "import secrets; print(secrets.token_urlsafe(50))"',
                id="ubdt_portal.E001",
            )
        ]
    return []
