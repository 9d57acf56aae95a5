"""The in-force status of documents and whether benefits apply now are stored (so that lists
sort and filter on an index) and follow every change: a publication, a relation, a date
passing (`manage.py refresh_statuses`, or the first read of documents or benefits after it),
a scheduled document going public. Pages of a big library read indexes, not whole tables."""

import io
import re
from datetime import timedelta
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from documents.legal import LegalStatus
from documents.models import LegalDocument
from policies.models import AppliesNow, Benefit
from policies.statuses import Freshness

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def stored(item):
    item.refresh_from_db()
    return item.legal_status if isinstance(item, LegalDocument) else item.applies_now


def test_a_newly_published_replacing_document_ends_the_old_one_and_its_benefit(
    make_document, make_benefit, client
):
    old = make_document(document_number="81/2021/NĐ-CP")
    benefit = make_benefit(title_vi="Miễn học phí", basis=[(old, "Điều 15")])
    new = make_document(document_number="238/2025/NĐ-CP", status="draft")
    new.replaces.add(old)
    assert stored(old) == LegalStatus.IN_FORCE  # a draft replaces nothing yet
    assert stored(benefit) == AppliesNow.CURRENT

    new.status = "published"
    new.save()
    assert stored(old) == LegalStatus.EXPIRED
    assert stored(benefit) == AppliesNow.ENDED
    page = client.get("/chinh-sach/").content.decode()
    assert "Đã kết thúc" in page

    new.status = "draft"  # withdrawn: the old document applies again
    new.save()
    assert stored(old) == LegalStatus.IN_FORCE
    assert stored(benefit) == AppliesNow.CURRENT

    new.status = "published"
    new.save()
    new.replaces.clear()
    assert stored(old) == LegalStatus.IN_FORCE


def test_a_benefit_follows_its_legal_basis_and_its_own_dates(make_document, make_benefit):
    benefit = make_benefit()
    ended = make_document(expiry_date=TODAY - timedelta(days=1))
    basis = benefit.legal_basis.create(document=ended, articles="Điều 1")
    assert stored(benefit) == AppliesNow.ENDED
    basis.delete()
    assert stored(benefit) == AppliesNow.CURRENT
    benefit.starts_on = TODAY + timedelta(days=3)
    benefit.save()
    assert benefit.applies_now == AppliesNow.UPCOMING  # the saved object shows it too


def at(day):
    """Today is `day` for the rules (they read timezone.localdate())."""
    return mock.patch.object(timezone, "localdate", return_value=day)


def test_a_date_passing_changes_the_statuses_with_the_daily_command(make_document, make_benefit):
    tomorrow = TODAY + timedelta(days=1)
    coming = make_document(effective_date=tomorrow)
    benefit = make_benefit(basis=[(coming, "")])
    assert (stored(coming), stored(benefit)) == (LegalStatus.NOT_YET, AppliesNow.UPCOMING)

    call_command("refresh_statuses", stdout=io.StringIO())
    assert stored(coming) == LegalStatus.NOT_YET  # nothing changes before the date

    with at(tomorrow):
        call_command("refresh_statuses", stdout=io.StringIO())
    assert (stored(coming), stored(benefit)) == (LegalStatus.IN_FORCE, AppliesNow.CURRENT)


def test_the_first_read_after_midnight_refreshes_when_cron_did_not_run(
    make_document, make_benefit, monkeypatch
):
    monkeypatch.setattr(Freshness, "enabled", True)
    Freshness.forget()
    tomorrow = TODAY + timedelta(days=1)
    coming = make_document(effective_date=tomorrow)
    now = timezone.now()
    assert Freshness.ensure(now) is True  # a new process refreshes once
    assert Freshness.ensure(now + timedelta(seconds=5)) is False
    assert stored(coming) == LegalStatus.NOT_YET

    midnight = Freshness.valid_until
    assert timezone.localtime(midnight).date() == tomorrow
    with at(tomorrow):
        assert Freshness.ensure(midnight + timedelta(seconds=1)) is True
    assert stored(coming) == LegalStatus.IN_FORCE
    Freshness.forget()


def test_a_scheduled_replacing_document_takes_effect_when_it_goes_public(
    make_document, monkeypatch
):
    monkeypatch.setattr(Freshness, "enabled", True)
    Freshness.forget()
    old = make_document()
    now = timezone.now()
    Freshness.ensure(now)
    soon = now + timedelta(hours=1)
    new = make_document(publish_at=soon, effective_date=TODAY - timedelta(days=1))
    new.replaces.add(old)
    assert stored(old) == LegalStatus.IN_FORCE  # not public yet

    later = soon + timedelta(minutes=2)  # past the process's next look at scheduled documents
    with mock.patch.object(timezone, "now", return_value=later):
        assert Freshness.ensure(later) is True
    assert stored(old) == LegalStatus.EXPIRED
    Freshness.forget()


def test_lists_sort_and_filter_on_indexes_of_the_stored_values():
    with connection.cursor() as cursor:
        indexes = connection.introspection.get_constraints(cursor, "policies_benefit")
        assert indexes["policies_listing_vi"]["columns"][:3] == [
            "applies_now_rank",
            "featured",
            "title_vi",
        ]
        indexes = connection.introspection.get_constraints(cursor, "documents_legaldocument")
        assert indexes["documents_by_legal_status"]["columns"][0] == "legal_status"


def reads_whole(table, plan):
    return re.search(rf"Seq Scan on {table}\b(?!_)", plan) is not None


def plan(queryset):
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


@pytest.fixture
def big_library(transactional_db):
    """Thousands of generated documents and benefits, with fresh planner statistics and
    visibility map (the commands VACUUM ANALYZE outside a transaction, as autovacuum would)."""
    devnull = io.StringIO()
    call_command("generate_documents", 3000, stdout=devnull)
    call_command("generate_benefits", 1500, stdout=devnull)


@pytest.mark.django_db(transaction=True)
def test_at_scale_the_lists_read_indexes_not_whole_tables(big_library):
    from documents.forms import DocumentFilterForm
    from policies.sections import home_context

    benefits = Benefit.objects.for_listing()
    assert not reads_whole("policies_benefit", plan(benefits[:20]))
    featured = benefits.not_ended().filter(featured=True)[:4]
    assert not reads_whole("policies_benefit", plan(featured))
    assert home_context(None) == {}  # no featured benefit among the generated ones

    # The finder (and a commune's page) ranks every match on the listing index alone, then
    # reads the rows of one page by id.
    from policies.finder import find
    from ubdt_portal.reference.models import CommuneRegion, EthnicGroup, Province

    matches = find(
        group=EthnicGroup.objects.get(slug="mong"),
        province=Province.objects.get(slug="lao-cai"),
        region=CommuneRegion.objects.get(code="III"),
    )
    ranked_ids = matches.ranked(matches.matches).values_list("pk", flat=True)  # as Matches.ids
    assert not reads_whole("policies_benefit", plan(ranked_ids))
    page = matches[:20]
    assert len(page) == 20
    assert not reads_whole(
        "policies_benefit", plan(Benefit.objects.filter(pk__in=matches.ids[:20]))
    )

    form = DocumentFilterForm({"status": LegalStatus.EXPIRED})
    form.is_valid()
    expired = form.filter(LegalDocument.objects.for_listing())
    assert not reads_whole("documents_legaldocument", plan(expired[:20]))
    assert "documents_legaldocument_replaces" not in plan(expired[:20])
