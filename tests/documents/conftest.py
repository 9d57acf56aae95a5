from datetime import date

import pytest
from django.core.files.base import ContentFile

from documents.models import DocumentAttachment, LegalDocument, StatusChange
from tests import factories, samples

PDF_BYTES = samples.pdf()


@pytest.fixture
def make_document(db):
    """A published legal document (tests.factories), with its topics set."""

    def make(**fields):
        topics = fields.pop("topics", [])
        document = factories.make(LegalDocument, **fields)
        document.topics.set(topics)
        return document

    return make


@pytest.fixture
def loan_decree(make_document):
    """A decree with articles, a file, a successor that amends it and its status history."""
    from ubdt_portal.reference.models import Topic

    decree = make_document(
        title_vi="Nghị định về chính sách tín dụng ưu đãi cho đồng bào dân tộc thiểu số",
        title_en="Decree on preferential credit for ethnic minorities",
        summary_vi="Hộ nghèo được vay vốn ưu đãi để làm nhà ở.",
        summary_en="Poor households can borrow at a preferential rate to build a house.",
        full_text_vi=(
            "<h3>Điều 1. Phạm vi điều chỉnh</h3><p>Nội dung điều 1.</p>"
            "<p>Khoản 2. Nội dung khoản hai.</p>"
            "<h3>Điều 14. Cho vay hỗ trợ nhà ở</h3><p>Mức vay tối đa 40 triệu đồng.</p>"
        ),
        document_number="28/2022/NĐ-CP",
        document_type="nghi-dinh",
        issuing_agency_vi="Chính phủ",
        issuing_agency_en="Government",
        signer="Lê Minh Khái",
        signed_date=date(2022, 4, 26),
        effective_date=date(2022, 4, 26),
        topics=[Topic.objects.get(slug="tin-dung-uu-dai")],
    )
    amending = make_document(
        title_vi="Nghị định sửa đổi Nghị định về tín dụng ưu đãi",
        document_number="99/2024/NĐ-CP",
        signed_date=date(2024, 3, 1),
        effective_date=date(2024, 3, 1),
    )
    amending.amends.add(decree)
    StatusChange.objects.create(document=decree, date=date(2022, 4, 26), status="con-hieu-luc")
    StatusChange.objects.create(
        document=decree,
        date=date(2024, 3, 1),
        status="het-hieu-luc-mot-phan",
        caused_by=amending,
        part_vi="Khoản 2 Điều 14",
    )
    DocumentAttachment.objects.create(
        document=decree,
        title_vi="Toàn văn Nghị định 28/2022/NĐ-CP",
        file=ContentFile(PDF_BYTES, name="28-2022-nd-cp.pdf"),
    )
    return decree


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
