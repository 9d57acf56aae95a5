import pytest
from django.core.management import call_command
from django.db.models import Q

from documents.legal import LegalStatus
from policies.models import Policy

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(settings):
    settings.DEMO = True
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
    call_command("seed_demo")


def test_demo_content_is_at_least_20_real_policies_with_translations(seeded):
    policies = Policy.objects.published()
    assert policies.count() >= 20
    assert policies.exclude(title_en="").exclude(title_en__isnull=True).count() >= 5
    ethnic = Q()
    for code in ("hmn", "blt", "km", "rad", "jra", "bdq"):
        ethnic |= Q(**{f"title_{code}__gt": ""}) & Q(**{f"summary_{code}__gt": ""})
    demo = policies.filter(ethnic)
    assert demo.count() >= 3
    assert all(policy.demo_translations for policy in demo)


def test_demo_policies_carry_real_numbers_and_derived_statuses(seeded):
    decree = Policy.objects.with_legal_status().get(document_number="66/2025/NĐ-CP")
    assert decree.issuing_agency == "Chính phủ"
    assert decree.legal_status == LegalStatus.IN_FORCE
    replaced = Policy.objects.with_legal_status().get(document_number="116/2016/NĐ-CP")
    assert replaced.legal_status == LegalStatus.EXPIRED
    assert Policy.objects.get(document_number="1719/QĐ-TTg").signed_date.isoformat() == "2021-10-14"


def test_seeding_twice_changes_nothing(seeded):
    def state():
        return (
            sorted(Policy.objects.values_list("document_number", "slug", "updated_at")),
            Policy.history.count(),
        )

    before = state()
    call_command("seed_demo")
    assert state() == before


def test_generate_policies_makes_searchable_published_policies(client):
    call_command("generate_policies", 25)
    assert Policy.objects.published().count() == 25
    response = client.get("/chinh-sach/", {"q": "thu nghiem"})
    assert response.context["page"].paginator.count == 25
    call_command("generate_policies", 5)
    assert Policy.objects.count() == 30
