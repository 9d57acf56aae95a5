"""Load demo content: every installed app may have a `demo.py` with `seed(command)`.

Idempotent (running it twice changes nothing) and refused outright under production settings:
demo accounts have published passwords.
"""

from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction


class Command(BaseCommand):
    help = "Load demo content and demo staff accounts (development only)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "seed_demo is refused under production settings (DEBUG is off): "
                "demo accounts have published passwords."
            )
        with transaction.atomic():
            for app_config in apps.get_app_configs():
                try:
                    module = import_module(f"{app_config.name}.demo")
                except ModuleNotFoundError as error:
                    if error.name != f"{app_config.name}.demo":
                        raise
                    continue
                module.seed(self)
