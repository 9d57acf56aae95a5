"""The demo published Q&A and the generator for scale work."""

import json

import pytest
from django.core.management import call_command

from qa.demo import DATA
from qa.models import PublishedQuestion

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(settings):
    settings.DEMO = True
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
    call_command("seed_demo")


def test_at_least_20_demo_answers_are_published_each_citing_a_real_article(seeded):
    answers = PublishedQuestion.objects.published()
    assert answers.count() == len(json.loads(DATA.read_text(encoding="utf-8"))) >= 20
    for answer in answers:
        citations = list(answer.citations.all())
        # Every cited document was found among the real demo documents, and at least one
        # citation of each answer names its article.
        assert len(citations) == len(
            next(e for e in json.loads(DATA.read_text()) if e["title"] == answer.title_vi)[
                "citations"
            ]
        ), answer.title_vi
        assert answer.is_sample
        assert answer.topic_id and answer.answered_on


def test_demo_answers_cite_articles_and_say_they_are_demonstrations(client, seeded, settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    answer = PublishedQuestion.objects.get(title_vi__startswith="Hộ nghèo dân tộc thiểu số vay")
    html = client.get(answer.get_absolute_url()).content.decode()
    assert "#dieu-14" in html
    assert "Minh họa: câu hỏi này được đặt ra" in html
    with_articles = PublishedQuestion.objects.filter(citations__articles__startswith="Điều")
    assert with_articles.distinct().count() >= 15


def test_demo_answers_cover_the_topics_citizens_ask_about(seeded):
    titles = " ".join(PublishedQuestion.objects.values_list("title_vi", flat=True)).lower()
    for subject in (
        "bảo hiểm y tế",
        "khu vực",
        "học phí",
        "bán trú",
        "vay",
        "cử tuyển",
        "người có uy tín",
        "1719",
    ):
        assert subject in titles, subject


def test_seeding_twice_changes_nothing(seeded):
    before = list(PublishedQuestion.objects.order_by("pk").values_list("pk", "slug"))
    citations = PublishedQuestion.citations.rel.related_model.objects.count()
    call_command("seed_demo")
    assert list(PublishedQuestion.objects.order_by("pk").values_list("pk", "slug")) == before
    assert PublishedQuestion.citations.rel.related_model.objects.count() == citations


def test_generate_questions_makes_that_many_published_labelled_answers(client):
    call_command("generate_questions", 30)
    call_command("generate_questions", 5)
    made = PublishedQuestion.objects.published().filter(title__startswith="[Thử nghiệm]")
    assert made.count() == 35
    assert not made.filter(is_sample=False).exists()
    html = client.get("/hoi-dap/", {"q": "thu nghiem"}).content.decode()
    assert "35 câu trả lời" in html
