from datetime import date

import pytest
from django.core.files.base import ContentFile

from documents.models import LegalDocument
from policies.models import Benefit, BenefitAmount, BenefitAudio, LegalBasis
from tests import factories, samples

# Real files: uploads are checked by parsing their content, and the pages link to them.
MP3_BYTES = samples.audio("tone.mp3")

RELATIONS = ("topics", "ethnic_groups", "provinces", "regions", "life_situations")


@pytest.fixture
def make_document(db):
    """A published legal document (tests.factories)."""

    def make(**fields):
        return factories.make(LegalDocument, **fields)

    return make


@pytest.fixture
def make_benefit(db):
    """A published benefit (tests.factories) with its targeting lists, amounts
    (`amounts=[("40 triệu đồng", "một lần")]`) and legal basis (`basis=[(document, "Điều
    14")]`)."""

    def make(amounts=(), basis=(), **fields):
        relations = {name: fields.pop(name, []) for name in RELATIONS}
        benefit = factories.make(Benefit, **fields)
        for name, values in relations.items():
            getattr(benefit, name).set(values)
        for order, (amount, period) in enumerate(amounts):
            BenefitAmount.objects.create(
                benefit=benefit, amount_vi=amount, period_vi=period, order=order
            )
        for order, (document, articles) in enumerate(basis):
            LegalBasis.objects.create(
                benefit=benefit, document=document, articles=articles, order=order
            )
        return benefit

    return make


@pytest.fixture
def decree_28(make_document):
    return make_document(
        title_vi="Nghị định về chính sách tín dụng thực hiện Chương trình 1719",
        document_number="28/2022/NĐ-CP",
        signed_date=date(2022, 4, 26),
        effective_date=date(2022, 4, 26),
        full_text_vi=(
            "<h3>Điều 14. Cho vay hỗ trợ nhà ở</h3><p>Mức cho vay tối đa 40 triệu đồng.</p>"
        ),
    )


@pytest.fixture
def housing_benefit(make_benefit, decree_28):
    from ubdt_portal.reference.models import CommuneRegion, EthnicGroup, Province, Topic

    benefit = make_benefit(
        title_vi="Vay vốn làm nhà ở",
        title_en="Loans to build a house",
        who_in_one_line_vi="Hộ nghèo dân tộc thiểu số chưa có nhà ở kiên cố",
        who_in_one_line_en="Poor ethnic-minority households without a solid house",
        summary_vi="Hộ nghèo được vay vốn ưu đãi của Ngân hàng Chính sách xã hội để làm nhà.",
        summary_en="Poor households can borrow at a low rate to build a house.",
        who_qualifies_vi="Hộ nghèo dân tộc thiểu số\nHộ nghèo ở xã khu vực III",
        who_does_not_qualify_vi="Hộ đã được hỗ trợ nhà ở từ chương trình khác",
        conditions_vi="Chưa có nhà ở hoặc nhà tạm, dột nát",
        steps_vi="Nộp đơn tại Ủy ban nhân dân xã\nTổ tiết kiệm và vay vốn bình xét",
        papers_vi="Căn cước công dân\nGiấy xác nhận hộ nghèo",
        where_to_apply_vi=(
            "Ủy ban nhân dân xã hoặc điểm giao dịch xã của Ngân hàng Chính sách xã hội"
        ),
        deadlines_vi="Trong thời gian thực hiện Chương trình",
        when_paid_vi="Khi hồ sơ vay được duyệt",
        amounts=[("40 triệu đồng", "tối đa mỗi hộ"), ("3 %/năm", "lãi suất")],
        basis=[(decree_28, "Điều 14")],
        topics=[Topic.objects.get(slug="dat-dai-nha-o-nuoc-sinh-hoat")],
        ethnic_groups=[EthnicGroup.objects.get(slug="mong")],
        provinces=[Province.objects.get(slug="lao-cai")],
        regions=[CommuneRegion.objects.get(code="III")],
    )
    BenefitAudio.objects.create(
        benefit=benefit, language="vi", file=ContentFile(MP3_BYTES, name="tom-tat.mp3")
    )
    return benefit


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
