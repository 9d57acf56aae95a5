"""Load demo content: every installed app may have a `demo.py` with `seed(command)`.

Idempotent (running it twice changes nothing). Demo accounts have published passwords, so the
command runs only when the DEMO setting is on and the portal answers to this machine alone.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from ubdt_portal.app_modules import app_modules

LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}


class Command(BaseCommand):
    help = "Load demo content and demo staff accounts (DEMO=true, on this machine only)."

    def handle(self, *args, **options):
        if not settings.DEMO:
            raise CommandError(
                "seed_demo is refused unless DEMO=true: demo accounts have published passwords."
            )
        public = [host for host in settings.ALLOWED_HOSTS if host not in LOOPBACK_HOSTS]
        if public:
            raise CommandError(
                "seed_demo is refused while ALLOWED_HOSTS names another host than this machine "
                f"({', '.join(public)}): demo accounts have published passwords."
            )
        with transaction.atomic():
            for module in app_modules("demo"):
                # The portal's own package holds the demo app itself, which seeds nothing.
                if hasattr(module, "seed"):
                    module.seed(self)
