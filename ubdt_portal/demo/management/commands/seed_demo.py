"""Load demo content: every installed app may have a `demo.py` with `seed(command)`.

Idempotent (running it twice changes nothing). Demo accounts have published passwords, so the
command runs only when the DEMO setting is on and the portal answers to this machine alone.
"""

from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

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
            for app_config in apps.get_app_configs():
                try:
                    module = import_module(f"{app_config.name}.demo")
                except ModuleNotFoundError as error:
                    if error.name != f"{app_config.name}.demo":
                        raise
                    continue
                # The portal's own package holds the demo app itself, which seeds nothing.
                if hasattr(module, "seed"):
                    module.seed(self)
