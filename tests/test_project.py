"""Project-wide checks that CI must keep green."""

import subprocess
import sys

from django.core.management import call_command

from .conftest import ROOT


def test_system_checks_pass():
    call_command("check", fail_level="WARNING")


def test_migrations_are_complete(db):
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_ruff_finds_nothing():
    ruff = ROOT / ".venv" / "bin" / "ruff"
    result = subprocess.run(
        [str(ruff) if ruff.exists() else "ruff", "check", "--quiet", str(ROOT)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_deploy_checks_are_clean_with_the_documented_production_variables():
    """`.env.example` documents production; with exactly those values the deploy checks pass."""
    documented = {}
    for line in (ROOT / ".env.example").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, value = line.split("=", 1)
            documented[key] = value
    assert documented["DEBUG"] == "false"
    env = {"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "ubdt_portal.settings", **documented}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "System check identified no issues (0 silenced)."
