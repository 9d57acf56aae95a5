import pytest

from tests import factories


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
