"""The in-force status is derived in one place, from the override, relations and dates."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from documents.legal import LegalStatus
from policies.models import Policy
from ubdt_portal.publishing.models import Status

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def status_of(policy):
    return Policy.objects.with_legal_status().get(pk=policy.pk).legal_status


def test_in_force_by_default(make_policy):
    assert status_of(make_policy(effective_date=TODAY - timedelta(days=1))) == LegalStatus.IN_FORCE


def test_not_yet_in_force_before_its_effective_date(make_policy):
    assert status_of(make_policy(effective_date=TODAY + timedelta(days=3))) == LegalStatus.NOT_YET


def test_expired_after_its_expiry_date(make_policy):
    policy = make_policy(effective_date=date(2020, 1, 1), expiry_date=TODAY)
    assert status_of(policy) == LegalStatus.EXPIRED


def test_replaced_by_a_published_policy_in_force(make_policy):
    old = make_policy(effective_date=date(2016, 9, 1))
    new = make_policy(effective_date=date(2025, 5, 1))
    new.replaces.add(old)
    assert status_of(old) == LegalStatus.EXPIRED
    assert status_of(new) == LegalStatus.IN_FORCE


def test_a_replacement_that_is_not_yet_in_force_or_not_public_changes_nothing(make_policy):
    old = make_policy(effective_date=date(2016, 9, 1))
    future = make_policy(effective_date=TODAY + timedelta(days=30))
    draft = make_policy(status=Status.DRAFT)
    future.replaces.add(old)
    draft.replaces.add(old)
    assert status_of(old) == LegalStatus.IN_FORCE


def test_amended_policy_is_partly_no_longer_in_force(make_policy):
    original = make_policy()
    amendment = make_policy()
    amendment.amends.add(original)
    assert status_of(original) == LegalStatus.PARTLY_EXPIRED


def test_the_editor_override_wins(make_policy):
    policy = make_policy(legal_status_override=LegalStatus.OBSOLETE)
    assert status_of(policy) == LegalStatus.OBSOLETE
    assert policy.legal_status_label == "Không còn phù hợp"


def test_filter_and_label_agree(make_policy, client):
    make_policy(title_vi="Văn bản đã hết giai đoạn", legal_status_override=LegalStatus.OBSOLETE)
    make_policy(title_vi="Văn bản còn hiệu lực")
    html = client.get("/chinh-sach/?status=khong-con-phu-hop").content.decode()
    assert "Văn bản đã hết giai đoạn" in html
    assert "Văn bản còn hiệu lực" not in html
    assert "Không còn phù hợp" in html
