"""Whether a benefit applies now is derived in one place (BenefitQuerySet.derived_applies_now)
from its own dates and the in-force status of its legal basis, and stored: the stored value
follows every change (saves, legal basis, documents)."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from policies.models import AppliesNow, Benefit

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
PAST = TODAY - timedelta(days=30)
FUTURE = TODAY + timedelta(days=30)


def applies(benefit):
    stored, derived = (
        Benefit.objects.with_applies_now()
        .values_list("applies_now", "derived_applies_now")
        .get(pk=benefit.pk)
    )
    assert stored == derived
    return stored


def test_a_benefit_on_a_document_in_force_applies_now(make_benefit, make_document):
    benefit = make_benefit(basis=[(make_document(), "Điều 1")])
    assert applies(benefit) == AppliesNow.CURRENT
    assert benefit.applies_now_label == "Đang áp dụng"


def test_its_own_period_comes_first(make_benefit, make_document):
    basis = [(make_document(), "")]
    assert applies(make_benefit(ends_on=PAST, basis=basis)) == AppliesNow.ENDED
    assert applies(make_benefit(starts_on=FUTURE, basis=basis)) == AppliesNow.UPCOMING
    assert applies(make_benefit(ends_on=TODAY, basis=basis)) == AppliesNow.CURRENT
    assert applies(make_benefit(starts_on=TODAY)) == AppliesNow.CURRENT


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({}, AppliesNow.CURRENT),
        ({"effective_date": FUTURE}, AppliesNow.UPCOMING),
        ({"expiry_date": PAST}, AppliesNow.ENDED),
        ({"legal_status_override": "khong-con-phu-hop"}, AppliesNow.ENDED),
        ({"legal_status_override": "ngung-hieu-luc"}, AppliesNow.ENDED),
        ({"legal_status_override": "het-hieu-luc-mot-phan"}, AppliesNow.CURRENT),
    ],
)
def test_the_legal_basis_decides_the_rest(make_benefit, make_document, document, expected):
    benefit = make_benefit(basis=[(make_document(**document), "Điều 2")])
    assert applies(benefit) == expected


def test_a_document_replaced_by_one_in_force_ends_the_benefit(make_benefit, make_document):
    old = make_document(document_number="81/2021/NĐ-CP")
    new = make_document(document_number="238/2025/NĐ-CP", effective_date=date(2025, 9, 3))
    benefit = make_benefit(basis=[(old, "Điều 15")])
    assert applies(benefit) == AppliesNow.CURRENT
    new.replaces.add(old)
    assert applies(benefit) == AppliesNow.ENDED


def test_one_basis_in_force_is_enough(make_benefit, make_document):
    ended = make_document(expiry_date=PAST)
    coming = make_document(effective_date=FUTURE)
    in_force = make_document()
    assert applies(make_benefit(basis=[(ended, ""), (in_force, "")])) == AppliesNow.CURRENT
    assert applies(make_benefit(basis=[(ended, ""), (coming, "")])) == AppliesNow.UPCOMING


def test_unpublished_documents_do_not_count(make_benefit, make_document):
    draft = make_document(status="draft")
    assert applies(make_benefit(basis=[(draft, "")])) == AppliesNow.CURRENT
    ended = make_document(expiry_date=PAST)
    assert applies(make_benefit(basis=[(draft, ""), (ended, "")])) == AppliesNow.ENDED


def test_the_derivation_is_one_query_for_a_whole_list(make_benefit, make_document):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(5):
        make_benefit(basis=[(make_document(), "")])
    with CaptureQueriesContext(connection) as captured:
        values = list(
            Benefit.objects.with_applies_now().values_list("derived_applies_now", flat=True)
        )
    assert values == [AppliesNow.CURRENT] * 5 and len(captured) == 1
