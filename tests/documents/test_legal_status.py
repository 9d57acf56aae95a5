"""The in-force status of a document, derived in one place: the label each document gets and
the documents a status filter finds always agree."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from documents.legal import LegalStatus
from documents.models import LegalDocument

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(make_document):
    today = timezone.localdate()
    later = today + timedelta(days=30)
    documents = {
        "in-force": make_document(effective_date=date(2020, 1, 1)),
        "no-dates": make_document(),
        "future": make_document(effective_date=later),
        "expired-by-date": make_document(expiry_date=today),
        "override": make_document(legal_status_override=LegalStatus.OBSOLETE),
        "suspended": make_document(legal_status_override=LegalStatus.SUSPENDED),
        "replaced": make_document(),
        "amended": make_document(),
        "replaced-by-future": make_document(),
        "replaced-by-draft": make_document(),
        "amended-and-future": make_document(effective_date=later),
    }
    documents["replaced"].replaced_by.add(make_document())
    documents["amended"].amended_by.add(make_document())
    documents["amended-and-future"].amended_by.add(make_document())
    documents["replaced-by-future"].replaced_by.add(make_document(effective_date=later))
    documents["replaced-by-draft"].replaced_by.add(make_document(status="draft"))
    return documents


def test_each_document_gets_the_status_its_dates_and_relations_give(library):
    statuses = dict(LegalDocument.objects.values_list("pk", "legal_status"))
    expected = {
        "in-force": LegalStatus.IN_FORCE,
        "no-dates": LegalStatus.IN_FORCE,
        "future": LegalStatus.NOT_YET,
        "expired-by-date": LegalStatus.EXPIRED,
        "override": LegalStatus.OBSOLETE,
        "suspended": LegalStatus.SUSPENDED,
        "replaced": LegalStatus.EXPIRED,
        "amended": LegalStatus.PARTLY_EXPIRED,
        "replaced-by-future": LegalStatus.IN_FORCE,
        "replaced-by-draft": LegalStatus.IN_FORCE,
        "amended-and-future": LegalStatus.NOT_YET,
    }
    assert {name: statuses[d.pk] for name, d in library.items()} == expected


@pytest.mark.parametrize("status", LegalStatus.values)
def test_the_stored_status_is_the_one_the_rules_give(library, status):
    """Saves and relation changes kept the stored column equal to the rules' result, which the
    status filter and every badge read."""
    derived = LegalDocument.objects.with_legal_status().filter(derived_legal_status=status)
    labelled = set(derived.values_list("pk", flat=True))
    found = set(LegalDocument.objects.filter(legal_status=status).values_list("pk", flat=True))
    assert found == labelled
    assert found or status not in LegalStatus.applicable()
