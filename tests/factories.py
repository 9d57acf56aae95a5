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


def news_category(slug="hoat-dong", name="Hoạt động của Bộ"):
    """A category the data migration adds (made again in tests that empty the database)."""
    from news.models import Category

    return Category.objects.get_or_create(slug=slug, defaults={"name_vi": name})[0]


def _article(**fields):
    from news.models import Article

    n = next(_numbers)
    values = {
        "title_vi": f"Tin thử số {n}",
        "lead_vi": f"Tóm tắt của tin thử số {n}.",
        "body_vi": f"<p>Nội dung của tin thử số {n}.</p>",
        **published_now(),
    }
    if "category" not in fields and "category_id" not in fields:
        values["category"] = news_category()
    return Article.objects.create(**{**values, **fields})


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
    "documents.legaldocument": _document,
    "policies.benefit": _benefit,
    "news.article": _article,
    "qa.publishedquestion": _published_question,
}


def make(model, **fields):
    """A saved item of `model`, published a minute ago unless `fields` say otherwise. Fields
    in Vietnamese are given with their language suffix (`title_vi`)."""
    return FACTORIES[model._meta.label_lower](**fields)


# The rows of each inline a draft carries (publishing/drafts.py), for the tests of drafts: the
# values of a row whose text (the field named beside) is `text`, and three such texts, as an
# editor would write them. A new inline of a publishable content type adds its entry here.


def _amount_row(text):
    return {"amount_vi": text, "period_vi": "một lần", "order": 0}


def _citation_row(text):
    return {"document": _document(), "articles": text, "order": 0}


def _status_change_row(text):
    return {"date": date(2024, 3, 1), "status": "het-hieu-luc-mot-phan", "part_vi": text}


INLINE_ROWS = {
    "policies.benefitamount": (
        _amount_row,
        "amount_vi",
        ("40 triệu đồng", "50 triệu đồng", "936.000 đồng"),
    ),
    "policies.legalbasis": (_citation_row, "articles", ("Điều 14", "Điều 15", "Điều 16")),
    "qa.answercitation": (_citation_row, "articles", ("Điều 14", "Điều 15", "Điều 16")),
    "documents.statuschange": (
        _status_change_row,
        "part_vi",
        ("Khoản 2 Điều 14", "Khoản 3 Điều 14", "Khoản 4 Điều 14"),
    ),
}
