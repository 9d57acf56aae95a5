"""Every admin page a staff member meets is Vietnamese: logged in as each role, every page that
role can reach (home, lists, add and change forms, history, a form with errors, the admin's
JavaScript catalog) shows none of the English strings of Django, its admin and the libraries
the admin uses."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import axes
import django
import pytest
import simple_history
from django.contrib import admin
from django.urls import NoReverseMatch, reverse

from accounts import roles
from tests.factories import make, publishable_models

pytestmark = pytest.mark.django_db

CATALOGS = [
    Path(django.__file__).parent / "contrib/admin/locale/en/LC_MESSAGES/django.po",
    Path(django.__file__).parent / "contrib/admin/locale/en/LC_MESSAGES/djangojs.po",
    Path(django.__file__).parent / "contrib/auth/locale/en/LC_MESSAGES/django.po",
    Path(django.__file__).parent / "conf/locale/en/LC_MESSAGES/django.po",
    # These two ship no English catalog: any catalog lists their msgids.
    Path(simple_history.__file__).parent / "locale/de/LC_MESSAGES/django.po",
    Path(axes.__file__).parent / "locale/de/LC_MESSAGES/django.po",
]


def known_english():
    """Msgids that are recognisably English sentences or phrases: several words, no
    placeholders (those are checked through their fixed parts in the pages anyway)."""
    phrases = set()
    for catalog in CATALOGS:
        text = catalog.read_text(encoding="utf-8")
        for msgid in re.findall(r'^msgid(?:_plural)? "(.+)"$', text, re.M):
            msgid = msgid.replace('\\"', '"')
            if " " in msgid and len(msgid) >= 10 and not re.search(r"[%{<]", msgid):
                phrases.add(msgid)
    return phrases


KNOWN = known_english()


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "template"):
            self.skip += 1
        for name, value in attrs:
            if name in ("title", "placeholder", "aria-label", "value", "alt") and value:
                self.parts.append(value)

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def english_on(html):
    parser = _Text()
    parser.feed(html)
    text = " ".join(" ".join(parser.parts).split())
    return sorted(phrase for phrase in KNOWN if phrase in text)


def pages_for(client, user):
    """Every admin page `user` can reach, with a form posted empty (its errors shown)."""
    request = type("Request", (), {"user": user})()
    urls = [reverse("admin:index"), reverse("admin:password_change")]
    posts = []
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        name = f"admin:{opts.app_label}_{opts.model_name}"
        if not model_admin.has_view_or_change_permission(request):
            continue
        urls.append(reverse(f"{name}_changelist"))
        urls.append(reverse("admin:app_list", args=[opts.app_label]))
        if model_admin.has_add_permission(request):
            urls.append(reverse(f"{name}_add"))
            posts.append(reverse(f"{name}_add"))
        obj = model_admin.get_queryset(type("R", (), {"user": user, "GET": {}})()).first()
        if obj is None:
            continue
        urls.append(reverse(f"{name}_change", args=[obj.pk]))
        urls.append(reverse(f"{name}_history", args=[obj.pk]))
        try:
            revision = obj.history.first() if hasattr(obj, "history") else None
            if revision is not None:
                urls.append(reverse(f"{name}_simple_history", args=[obj.pk, revision.pk]))
        except NoReverseMatch:
            pass
        if model_admin.has_delete_permission(request, obj):
            urls.append(reverse(f"{name}_delete", args=[obj.pk]))
    return urls, posts


@pytest.mark.parametrize(
    "role", [roles.EDITOR, roles.EDITOR_IN_CHIEF, roles.QA_OFFICER, roles.SYSTEM_ADMIN]
)
def test_every_admin_page_of_each_role_is_vietnamese(client, staff, role):
    for model in publishable_models():
        make(model)
    user = staff(role)
    client.force_login(user)
    urls, posts = pages_for(client, user)
    assert len(urls) > 2
    found = {}
    for url in urls:
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        if english := english_on(response.content.decode()):
            found[url] = english
    for url in posts:
        response = client.post(url, {})
        assert response.status_code in (200, 403), url
        if english := english_on(response.content.decode()):
            found[f"POST {url}"] = english
    assert found == {}


def test_the_admins_javascript_catalog_is_vietnamese(client, editor):
    client.force_login(editor)
    catalog = client.get(reverse("admin:jsi18n")).content.decode()
    for english, vietnamese in (
        ("Choose all %s", "Chọn tất cả %s"),
        ("Remove all %s", "Bỏ tất cả %s"),
        ("Sunday", "Chủ nhật"),
    ):
        assert f'"{english}": {json.dumps(vietnamese)}' in catalog  # JSON, \u-escaped
