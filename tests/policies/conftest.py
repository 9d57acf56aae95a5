from datetime import date

import pytest
from django.core.files.base import ContentFile

from policies.models import Policy, PolicyAttachment, PolicyAudio
from tests import factories, samples

# Real files: uploads are checked by parsing their content, and the pages link to them.
PDF_BYTES = samples.pdf()
MP3_BYTES = samples.audio("tone.mp3")


@pytest.fixture
def make_policy(db):
    """A published policy (tests.factories), with its targeting lists set."""

    def make(**fields):
        relations = {
            name: fields.pop(name, [])
            for name in ("topics", "ethnic_groups", "provinces", "regions")
        }
        policy = factories.make(Policy, **fields)
        for name, values in relations.items():
            getattr(policy, name).set(values)
        return policy

    return make


@pytest.fixture
def housing_policy(make_policy, db):
    from ubdt_portal.reference.models import CommuneRegion, EthnicGroup, Province, Topic

    policy = make_policy(
        title_vi="Quyết định phê duyệt Chương trình hỗ trợ nhà ở cho hộ nghèo",
        title_en="Decision approving the housing support programme for poor households",
        summary_vi="Hộ nghèo dân tộc thiểu số được hỗ trợ tiền làm nhà ở.",
        summary_en="Poor ethnic-minority households get money to build a house.",
        beneficiaries_vi="Hộ nghèo dân tộc thiểu số\nHộ cận nghèo ở xã khu vực III",
        conditions_vi="Chưa có nhà ở hoặc nhà tạm, dột nát",
        benefits_vi="40 triệu đồng mỗi hộ để làm nhà\nVay thêm vốn ưu đãi",
        how_to_apply_vi="Nộp đơn tại Ủy ban nhân dân xã\nMang theo căn cước công dân",
        full_text_vi=(
            "<h3>Điều 1. Phạm vi điều chỉnh</h3><p>Nội dung điều 1.</p>"
            "<p>Khoản 2. Nội dung khoản hai.</p><h3>Điều 2. Đối tượng</h3><p>Hộ nghèo.</p>"
        ),
        document_number="1719/QĐ-TTg",
        document_type="quyet-dinh",
        issuing_agency="Thủ tướng Chính phủ",
        signer="Phạm Bình Minh",
        signed_date=date(2021, 10, 14),
        effective_date=date(2021, 10, 14),
        topics=[Topic.objects.get(slug="dat-dai-nha-o-nuoc-sinh-hoat")],
        ethnic_groups=[EthnicGroup.objects.get(slug="mong")],
        provinces=[Province.objects.get(slug="lao-cai")],
        regions=[CommuneRegion.objects.get(code="III")],
    )
    PolicyAttachment.objects.create(
        policy=policy,
        title_vi="Toàn văn Quyết định 1719/QĐ-TTg",
        file=ContentFile(PDF_BYTES, name="1719-qd-ttg.pdf"),
    )
    PolicyAudio.objects.create(
        policy=policy, language="vi", file=ContentFile(MP3_BYTES, name="tom-tat.mp3")
    )
    return policy


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
