"""No address in the admin answers with a server error, whatever junk is put in it: every
registered model's list with junk filters, ordering, pages and searches, and its object pages
with junk ids. A junk value gives a normal page, a redirect back to the list or a 4xx."""

import re
from datetime import date
from html import unescape
from urllib.parse import parse_qsl, quote

import pytest
from django.contrib import admin
from django.db import models, transaction
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db

JUNK_VALUES = ["abc", "²", "0", "99999999999", "99999999999999999999", "not-an-ip"]

JUNK_QUERIES = [
    "foo=bar",
    "o=junk",
    "o=99",
    "o=-",
    "o=1.-.x",
    "o=²",
    "p=-1",
    "p=abc",
    "p=²",
    "p=99999999999999999999",
    "q=%00",
    "q=" + "x" * 10240,
    "q=²",
    "q=%25%5C%27%22(",
    "all=",
    "e=1",
    "_to_field=junk",
    "_popup=1&_to_field=password",
    "id=abc",
    "id__in=1,abc",
    "pk=abc",
    "id=99999999999999999999",
    "id__gt=99999999999999999999",
    "year=²",
    "year=0",
    "year=99999999999",
    "ip_address=not-an-ip",
    "ip_address__exact=xyz",
    "ip_address__in=1.2.3.4,xyz",
    "ip_address__gt=xyz",
]

JUNK_IDS = ["abc", "²", "0", "-1", "99999999999999999999", "%2F", "1.5"]


@pytest.fixture
def content(db):
    """One row of every kind the admin lists, so that lists and object pages have something to
    show and filters have choices."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    from documents.models import LegalDocument
    from policies.models import Benefit

    LegalDocument.objects.create(
        title_vi="Văn bản thử",
        summary_vi="Tóm tắt.",
        document_number="1/2024/NĐ-CP",
        document_type="nghi-dinh",
        issuing_agency="Chính phủ",
        signed_date=date(2024, 1, 2),
    )
    Benefit.objects.create(
        title_vi="Hỗ trợ thử",
        who_in_one_line_vi="Hộ nghèo",
        summary_vi="Tóm tắt.",
        last_reviewed=date(2024, 1, 2),
    )
    seen = {"user_agent": "test", "ip_address": "10.0.0.1", "username": "a@example.test"}
    AccessAttempt.objects.create(
        **seen, http_accept="*/*", path_info=reverse("admin:login"), failures_since_start=1
    )
    AccessLog.objects.create(**seen, http_accept="*/*", path_info=reverse("admin:login"))
    AccessFailureLog.objects.create(
        **seen, http_accept="*/*", path_info=reverse("admin:login"), attempt_time=timezone.now()
    )


def outcome(client, url):
    """The status of a GET, or the exception a server error would have come from. Each request
    runs in a savepoint, so that one failed query does not spoil the next request."""
    try:
        with transaction.atomic():
            return client.get(url).status_code
    except Exception as error:  # noqa: BLE001 - any exception is the 500 we look for
        return f"{type(error).__name__}: {str(error)[:120]}"


def is_error(status):
    return not isinstance(status, int) or status >= 500


def changelists():
    return [
        pytest.param(model, id=model._meta.label)
        for model in sorted(admin.site._registry, key=lambda m: m._meta.label)
    ]


def url_name(model, view):
    return f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}"


def sidebar_parameters(html):
    """The query parameters the list's own filter links use."""
    names = set()
    for href in re.findall(r'href="\?([^"]*)"', html):
        names.update(name for name, _value in parse_qsl(unescape(href), keep_blank_values=True))
    return names


def junk_for(model_admin, html):
    queries = list(JUNK_QUERIES)
    for name in sorted(sidebar_parameters(html)):
        queries += [f"{quote(name)}={quote(value)}" for value in JUNK_VALUES]
    if model_admin.date_hierarchy:
        field = model_admin.date_hierarchy
        queries += [
            f"{field}__year=abc",
            f"{field}__year=²",
            f"{field}__year=0",
            f"{field}__year=99999999999",
            f"{field}__year=2024&{field}__month=13",
            f"{field}__year=2024&{field}__month=²",
            f"{field}__year=2024&{field}__month=2&{field}__day=30",
            f"{field}__year=2024&{field}__month=2&{field}__day=99999999999",
            f"{field}__year=9999",
            f"{field}__year=9999&{field}__month=12",
            f"{field}__year=9999&{field}__month=12&{field}__day=31",
        ]
    # Lookups on the model's own fields, one field of each kind (the database, not Django,
    # is what refuses a junk address, year or pattern).
    kinds = {}
    for field in model_admin.model._meta.concrete_fields:
        kinds.setdefault(field.get_internal_type(), field)
    for field in kinds.values():
        name = field.name
        queries += [f"{name}=²junk", f"{name}__in=²,junk", f"{name}__regex=(", f"{name}__gt=xyz"]
        if isinstance(field, models.DateField):
            queries += [f"{name}__year=99999999999", f"{name}__year__gt=0", f"{name}__year=9999"]
    return queries


@pytest.mark.parametrize("model", changelists())
def test_junk_in_a_list_address_is_never_a_server_error(admin_client, content, model):
    model_admin = admin.site._registry[model]
    url = reverse(url_name(model, "changelist"))
    response = admin_client.get(url, follow=True)  # the site settings list opens the one row
    assert response.status_code == 200
    failures = []
    for query in junk_for(model_admin, response.content.decode()):
        status = outcome(admin_client, f"{url}?{query}")
        if is_error(status):
            failures.append((query[:80], status))
    assert not failures, "\n".join(map(str, failures))


@pytest.mark.parametrize("model", changelists())
def test_junk_ids_in_object_addresses_are_never_a_server_error(admin_client, content, model):
    real = model._default_manager.order_by("pk").values_list("pk", flat=True).first()
    failures = []
    for view in ("change", "history", "delete", "password_change"):
        try:
            template = reverse(url_name(model, view), args=["0"])
        except NoReverseMatch:
            continue  # not a page this model has
        for junk in JUNK_IDS:
            url = template.replace("/0/", f"/{junk}/")
            status = outcome(admin_client, url)
            if is_error(status):
                failures.append((url, status))
    try:
        reverse(url_name(model, "simple_history"), args=["1", "1"])
    except NoReverseMatch:
        pass  # the model keeps no revisions
    else:
        for object_id in [str(real or 1), *JUNK_IDS]:
            for version in [*JUNK_IDS, "1"]:
                url = reverse(url_name(model, "simple_history"), args=["0", "0"])
                url = url.replace("/0/history/0/", f"/{object_id}/history/{version}/")
                status = outcome(admin_client, url)
                if is_error(status):
                    failures.append((url, status))
    assert not failures, "\n".join(map(str, failures))


def test_junk_filters_return_to_the_list_and_real_ones_still_filter(admin_client, content):
    from policies.models import Benefit

    benefit = Benefit.objects.get()
    benefits = reverse("admin:policies_benefit_changelist")
    for query in ("last_reviewed__year=99999999999", "title_vi__regex=(", "topics__id__exact=x"):
        response = admin_client.get(f"{benefits}?{query}")
        assert (response.status_code, response.headers["Location"]) == (302, f"{benefits}?e=1")
    page = admin_client.get(f"{benefits}?e=1")
    assert page.status_code == 200 and benefit.title_vi in page.content.decode()
    for query, shown in [
        ("applies=dang-ap-dung", True),
        ("applies=da-ket-thuc", False),
        ("applies=<script>", True),  # an unknown choice filters nothing
        ("status__exact=published", False),
    ]:
        page = admin_client.get(f"{benefits}?{query}")
        assert page.status_code == 200
        assert (benefit.title_vi in page.content.decode()) is shown

    attempts = reverse("admin:axes_accessattempt_changelist")
    response = admin_client.get(f"{attempts}?ip_address=not-an-ip")
    assert (response.status_code, response.headers["Location"]) == (302, f"{attempts}?e=1")
    page = admin_client.get(f"{attempts}?q=10.0.0.1")  # looking up an address is a search
    assert page.status_code == 200 and "a@example.test" in page.content.decode()
    history = admin_client.get(
        reverse("admin:policies_benefit_simple_history", args=[benefit.pk, "abc"])
    )
    assert history.status_code == 404
