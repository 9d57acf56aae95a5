"""Factories shared by the tests: one per publishable content type, so that the tests of the
shared machinery (workflow, visibility, addresses, preview, revisions, search) run for every
content type. A new content type adds its factory here; a test fails until it does."""

import itertools
from datetime import date, timedelta

from django.utils import timezone

from ubdt_portal.publishing.models import Status, publishable_models  # noqa: F401 (re-exported)

_numbers = itertools.count(1)


def published_now():
    return {"status": Status.PUBLISHED, "publish_at": timezone.now() - timedelta(minutes=1)}


def _policy(**fields):
    from policies.models import Policy

    n = next(_numbers)
    values = {
        "title_vi": f"Chính sách thử số {n}",
        "summary_vi": f"Tóm tắt dễ hiểu của chính sách số {n}.",
        "document_number": f"{n}/2024/NĐ-CP",
        "document_type": "nghi-dinh",
        "issuing_agency": "Chính phủ",
        "signed_date": date(2024, 1, 1) + timedelta(days=n),
        **published_now(),
    }
    return Policy.objects.create(**{**values, **fields})


def _document(**fields):
    from documents.models import LegalDocument

    n = next(_numbers)
    values = {
        "title_vi": f"Nghị định thử số {n}",
        "summary_vi": f"Tóm tắt dễ hiểu của văn bản số {n}.",
        "document_number": f"{n}/2024/NĐ-CP",
        "document_type": "nghi-dinh",
        "issuing_agency": "Chính phủ",
        "signed_date": date(2024, 1, 1) + timedelta(days=n),
        **published_now(),
    }
    return LegalDocument.objects.create(**{**values, **fields})


def _benefit(**fields):
    from policies.models import Benefit

    n = next(_numbers)
    values = {
        "title_vi": f"Hỗ trợ thử số {n}",
        "who_in_one_line_vi": f"Người dân tộc thiểu số ở vùng thử số {n}",
        "summary_vi": f"Tóm tắt dễ hiểu của chế độ hỗ trợ số {n}.",
        **published_now(),
    }
    return Benefit.objects.create(**{**values, **fields})


def _published_question(**fields):
    from qa.models import PublishedQuestion
    from ubdt_portal.reference.models import Topic

    n = next(_numbers)
    values = {
        "title_vi": f"Câu hỏi thử số {n} về chính sách?",
        "question_vi": f"Nội dung câu hỏi thử số {n}.",
        "short_answer_vi": f"Trả lời ngắn cho câu hỏi thử số {n}.",
        "answer_vi": f"<p>Trả lời đầy đủ cho câu hỏi thử số {n}.</p>",
        "answering_unit_vi": "Vụ Chính sách dân tộc",
        "answered_on": date(2025, 1, 1) + timedelta(days=n),
        "topic": Topic.objects.order_by("pk").first(),
        **published_now(),
    }
    return PublishedQuestion.objects.create(**{**values, **fields})


FACTORIES = {
    "policies.policy": _policy,
    "documents.legaldocument": _document,
    "policies.benefit": _benefit,
    "qa.publishedquestion": _published_question,
}


def make(model, **fields):
    """A saved item of `model`, published a minute ago unless `fields` say otherwise. Fields
    in Vietnamese are given with their language suffix (`title_vi`)."""
    return FACTORIES[model._meta.label_lower](**fields)
