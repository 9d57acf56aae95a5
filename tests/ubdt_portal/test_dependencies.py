"""Dependencies point one way: the shared machinery (ubdt_portal/, accounts/) never imports a
domain app; domain apps register with it. The root URLconf, which mounts every app, aside."""

import ast
from pathlib import Path

from django.apps import apps
from django.conf import settings

SHARED = ["ubdt_portal", "accounts"]
ALLOWED = {"ubdt_portal/urls.py"}


def domain_apps():
    """The project's own apps at its top level, outside the shared machinery: policies, news,
    qa... (installed third-party apps live elsewhere)."""
    return {
        config.name
        for config in apps.get_app_configs()
        if Path(config.path).parent == settings.BASE_DIR and config.name not in SHARED
    }


def imported_modules(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            yield node.module
        elif (  # import_module("policies.x"), __import__("policies")
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", None))
            in {"import_module", "__import__"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.args[0].value


def domain_imports():
    domains = domain_apps()
    found = set()
    for package in SHARED:
        for path in sorted((settings.BASE_DIR / package).rglob("*.py")):
            name = path.relative_to(settings.BASE_DIR).as_posix()
            if name in ALLOWED:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=name)
            found |= {
                (name, module)
                for module in imported_modules(tree)
                if module.split(".")[0] in domains
            }
    return found


def test_the_domain_apps_are_known():
    assert {"policies", "news", "qa"} <= domain_apps()
    assert not {"ubdt_portal", "accounts", "django"} & domain_apps()


def test_shared_code_never_imports_a_domain_app():
    assert sorted(domain_imports()) == []


def test_the_check_sees_imports_in_every_form():
    tree = ast.parse(
        "import policies\n"
        "import news.models as n\n"
        "from qa.views import ask\n"
        "def f():\n"
        "    from policies.models import Policy\n"
        "    importlib.import_module('news.sections')\n"
        "from . import policies\n"  # relative: inside the shared package, not the app
    )
    assert list(imported_modules(tree)) == [
        "policies",
        "news.models",
        "qa.views",
        "policies.models",
        "news.sections",
    ]
