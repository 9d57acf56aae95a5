import pytest
from django.core.management import call_command

from documents.demo import entries
from documents.legal import LegalStatus
from documents.models import LegalDocument, StatusChange

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(settings):
    settings.DEMO = True
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
    call_command("seed_demo")


def status_of(number):
    return LegalDocument.objects.with_legal_status().get(document_number=number).legal_status


def test_demo_documents_include_the_current_lists_and_the_health_insurance_basis(seeded):
    documents = LegalDocument.objects.published()
    assert documents.count() == len(entries()) >= 35
    assert documents.exclude(title_en="").exclude(title_en__isnull=True).count() >= 5
    for number in (
        "60/QĐ-BDTTG",
        "104/QĐ-BDTTG",
        "698/QĐ-TTg",
        "02/2023/TT-UBDT",
        "97/2023/NĐ-CP",
        "25/2008/QH12",
        "146/2018/NĐ-CP",
    ):
        assert documents.filter(document_number=number).exists(), number
    lists = documents.get(document_number="60/QĐ-BDTTG")
    assert lists.signed_date.isoformat() == "2026-01-29"
    assert "824 xã khu vực III" in lists.summary
    assert status_of("60/QĐ-BDTTG") == LegalStatus.IN_FORCE
    basis = documents.get(document_number="146/2018/NĐ-CP")
    assert 'id="dieu-3-khoan-9"' in basis.full_text_with_anchors()


def test_corrections_from_the_facts_of_2026(seeded):
    tuition = LegalDocument.objects.get(document_number="238/2025/NĐ-CP")
    assert set(tuition.replaces.values_list("document_number", flat=True)) == {
        "81/2021/NĐ-CP",
        "97/2023/NĐ-CP",
    }
    assert status_of("81/2021/NĐ-CP") == LegalStatus.EXPIRED
    assert status_of("97/2023/NĐ-CP") == LegalStatus.EXPIRED
    communes = LegalDocument.objects.get(document_number="861/QĐ-TTg")
    assert list(communes.amended_by.values_list("document_number", flat=True)) == ["698/QĐ-TTg"]
    assert list(communes.replaced_by.values_list("document_number", flat=True)) == ["60/QĐ-BDTTG"]
    guide = LegalDocument.objects.get(document_number="02/2022/TT-UBDT")
    assert list(guide.amended_by.values_list("document_number", flat=True)) == ["02/2023/TT-UBDT"]
    television = LegalDocument.objects.get(document_number="2370/QĐ-TTg")
    assert "28 tiếng dân tộc thiểu số" in television.summary
    delimitation = LegalDocument.objects.get(document_number="272/2025/NĐ-CP")
    assert "chỉ áp dụng cho thôn" in delimitation.full_text
    programme = LegalDocument.objects.get(document_number="1719/QĐ-TTg")
    assert "bố trí ổn định dân cư" in programme.summary


def test_status_history_names_the_document_that_caused_each_change(seeded):
    history = LegalDocument.objects.get(document_number="81/2021/NĐ-CP").status_changes.all()
    assert [
        (c.date.isoformat(), c.status, c.caused_by and c.caused_by.document_number) for c in history
    ] == [
        ("2021-10-15", LegalStatus.IN_FORCE, None),
        ("2025-09-03", LegalStatus.EXPIRED, "238/2025/NĐ-CP"),
    ]
    partly = LegalDocument.objects.get(document_number="05/2011/NĐ-CP").status_changes.last()
    assert partly.part == "Khoản 4 Điều 4"


def test_seeding_documents_twice_changes_nothing(seeded):
    def state():
        return (
            sorted(LegalDocument.objects.values_list("document_number", "slug", "updated_at")),
            LegalDocument.history.count(),
            sorted(StatusChange.objects.values_list("pk", flat=True)),
        )

    before = state()
    call_command("seed_demo")
    assert state() == before
