import uuid

import pytest
from django.core.cache import cache

from accounts import roles
from tests import factories
from ubdt_portal.reference.models import Commune, EthnicGroup, Province, Topic

# Distinctive personal data: tests search every public response for these.
NAME = "Giàng Thị Xuyếnhoa"
EMAIL = "xuyenhoa.rieng@example.test"
PHONE = "0987 654 321"


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def place(db):
    province = Province.objects.get(slug="lao-cai")
    commune = Commune.objects.create(
        code="99901", name="Xã Thử Nghiệm", slug="xa-thu-nghiem", kind="xa", province=province
    )
    return province, commune


@pytest.fixture
def topic(db):
    return Topic.objects.order_by("order", "pk").first()


@pytest.fixture
def ask_data(place, topic):
    """What a citizen fills in: every field, every consent."""
    province, commune = place

    def data(**changes):
        values = {
            "topic": topic.slug,
            "text": "Con tôi học bán trú ở xã, có được hỗ trợ gạo hằng tháng không?",
            "name": NAME,
            "province": province.slug,
            "commune": commune.code,
            "ethnic_group": "",
            "email": EMAIL,
            "phone": PHONE,
            "consent_processing": "on",
            "consent_publication": "on",
            "submission_key": str(uuid.uuid4()),
            "website": "",
        }
        values.update(changes)
        return {key: value for key, value in values.items() if value is not None}

    return data


@pytest.fixture
def group(db):
    return EthnicGroup.objects.get(slug="mong")


@pytest.fixture
def officer(staff):
    return staff(roles.QA_OFFICER)


@pytest.fixture
def approver(staff):
    return staff(roles.QA_APPROVER)


@pytest.fixture
def sysadmin(staff):
    return staff(roles.SYSTEM_ADMIN)


@pytest.fixture
def make_question(place, topic):
    from qa.models import Consent, Question

    province, commune = place

    def make(consents=("xu-ly", "cong-bo"), **fields):
        from django.utils import timezone

        values = {
            "name": NAME,
            "email": EMAIL,
            "phone": PHONE,
            "province": province,
            "commune": commune,
            "topic": topic,
            "text": "Hộ nghèo ở xã khu vực III được vay vốn làm nhà không?",
        }
        question = Question.objects.create(**{**values, **fields})
        for purpose in consents:
            Consent.objects.create(
                question=question,
                purpose=purpose,
                notice_version="test",
                given_at=timezone.now(),
            )
        return question

    return make


@pytest.fixture
def make_answer(db):
    """A published Q&A (tests.factories), with its relations set."""
    from qa.models import AnswerCitation, PublishedQuestion

    def make(citations=(), **fields):
        relations = {
            name: fields.pop(name, []) for name in ("benefits", "ethnic_groups", "related")
        }
        answer = factories.make(PublishedQuestion, **fields)
        for name, values in relations.items():
            getattr(answer, name).set(values)
        for order, (document, articles) in enumerate(citations):
            AnswerCitation.objects.create(
                published_question=answer, document=document, articles=articles, order=order
            )
        return answer

    return make


@pytest.fixture
def housing_answer(make_answer, db):
    """A published answer citing an article of a published document, a benefit, with a
    province the asker consented to show."""
    from documents.models import LegalDocument
    from policies.models import Benefit
    from ubdt_portal.reference.models import EthnicGroup, Province, Topic

    document = factories.make(
        LegalDocument, title_vi="Nghị định về tín dụng ưu đãi", document_number="28/2022/NĐ-CP"
    )
    benefit = factories.make(Benefit, title_vi="Vay vốn làm nhà ở")
    return make_answer(
        title_vi="Hộ nghèo vay làm nhà được bao nhiêu?",
        question_vi="Nhà tôi là hộ nghèo, muốn vay tiền làm nhà.",
        short_answer_vi="Được vay tối đa 40 triệu đồng, lãi suất 3%/năm.",
        answer_vi="<p>Điều 14 Nghị định 28/2022/NĐ-CP cho vay vốn làm nhà ở.</p>",
        answering_unit_vi="Bộ Dân tộc và Tôn giáo",
        topic=Topic.objects.get(slug="tin-dung-uu-dai"),
        province=Province.objects.get(slug="son-la"),
        citations=[(document, "Điều 14")],
        benefits=[benefit],
        ethnic_groups=[EthnicGroup.objects.get(slug="mong")],
    )
