"""Interface catalogs: complete in Vietnamese and English, present for every content language."""

import re
import shutil
import subprocess

import pytest
from django.conf import settings
from django.conf.locale import LANG_INFO
from django.core.management import call_command
from django.utils.translation import check_for_language, get_language_info

LOCALE = settings.BASE_DIR / "locale"


def untranslated(po_path):
    """msgids of a .po file that have no translation, or only a fuzzy one."""
    text = po_path.read_text(encoding="utf-8")
    missing = []
    for block in text.split("\n\n")[1:]:
        msgid = re.search(r'^msgid "(.*)"', block, re.M)
        if msgid is None:
            continue
        if "#, fuzzy" in block:
            missing.append(msgid.group(1))
            continue
        for match in re.finditer(r'^msgstr(?:\[\d+\])? "(.*)"((?:\n".*")*)', block, re.M):
            if match.group(1) == "" and not match.group(2).strip():
                missing.append(msgid.group(1) or block.splitlines()[1])
    return missing


@pytest.mark.parametrize("domain", ["django", "djangojs"])
@pytest.mark.parametrize("language", settings.INTERFACE_LANGUAGES)
def test_interface_catalog_is_complete(language, domain):
    assert untranslated(LOCALE / language / "LC_MESSAGES" / f"{domain}.po") == []


@pytest.mark.parametrize("language", settings.INTERFACE_LANGUAGES)
def test_catalog_holds_every_string_in_the_code(language, tmp_path):
    """Running makemessages would add nothing: no interface string escaped the catalogs."""
    catalog = LOCALE / language / "LC_MESSAGES" / "django.po"
    kept = tmp_path / "django.po"
    shutil.copy(catalog, kept)
    try:
        call_command(
            "makemessages",
            locale=[language],
            ignore_patterns=[".venv", "node_modules", "staticfiles", "tests", "media"],
            no_obsolete=True,
            no_location=True,
            verbosity=0,
        )
        fresh = catalog.read_text(encoding="utf-8")
    finally:
        shutil.copy(kept, catalog)
    msgids = re.compile(r'^msgid "(.+)"', re.M)
    assert (
        set(msgids.findall(fresh)) - set(msgids.findall(kept.read_text(encoding="utf-8"))) == set()
    )


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_every_content_language_is_offered_with_its_local_name(code):
    assert check_for_language(code)
    assert (LOCALE / code / "LC_MESSAGES" / "django.po").exists()
    info = get_language_info(code)
    assert info["name_local"]
    assert code in LANG_INFO
    assert code in settings.MODELTRANSLATION_LANGUAGES


def test_catalogs_compile_cleanly():
    for po in LOCALE.glob("*/LC_MESSAGES/*.po"):
        result = subprocess.run(
            ["msgfmt", "--check", "-o", "/dev/null", str(po)], capture_output=True, text=True
        )
        assert result.returncode == 0, f"{po}: {result.stderr}"


def test_khmer_pages_use_the_vietnamese_interface_not_djangos_khmer_words(client, db):
    html = client.get("/km/").content.decode()
    assert "<title>Trang chủ —" in html
    vi = (LOCALE / "vi" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    km = (LOCALE / "km" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    body = re.compile(r"^(msgid|msgstr).*$", re.M)
    assert body.findall(km) == body.findall(vi)
