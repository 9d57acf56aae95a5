"""Declarations that apps make in a module of a given name (`roles.py`, `demo.py`), for shared
code to collect without importing any app by name."""

from importlib import import_module

from django.apps import apps


def app_modules(name):
    """Yield the module `name` of each installed app that has one, in the order of
    INSTALLED_APPS. The real app registry, even inside a migration: historical apps carry
    models, not modules."""
    for app_config in apps.get_app_configs():
        module_name = f"{app_config.name}.{name}"
        try:
            module = import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            continue
        yield module
