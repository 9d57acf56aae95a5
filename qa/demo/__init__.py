"""Demo published Q&A (answers.json): made-up questions of the kinds citizens really ask
(policy-facts-2026, "What citizens actually ask"), answered only with the checked facts of the
shared reference and citing real documents and articles; each is flagged `is_sample` and its
page says it is a demonstration. An entry: title, question, short answer, full answer
(paragraphs separated by a blank line), topic slug, citations [document number, articles],
ethnic groups concerned, the made-up asker's province (only where they "consented") and how
many days before LAST_DEMO_DAY it was answered. Runs after the documents
demo (documents come first in INSTALLED_APPS), which it looks documents up from by number.

Idempotent: each answer is found by its title and brought back to the data in the file."""

import json
from datetime import date, timedelta
from pathlib import Path

from django.db.models import Q
from django.utils import timezone
from django.utils.html import escape

from documents.models import LegalDocument
from policies.models import Benefit
from ubdt_portal.publishing.models import Status
from ubdt_portal.reference.models import EthnicGroup, Province, Topic

from ..models import AnswerCitation, PublishedQuestion

DATA = Path(__file__).with_name("answers.json")
UNIT = "Bộ Dân tộc và Tôn giáo"
# The demo's "answered on" dates count back from here (after the newest document cited).
LAST_DEMO_DAY = date(2026, 11, 20)
RELATED = 3


def paragraphs(text):
    return "\n".join(f"<p>{escape(block.strip())}</p>" for block in text.split("\n\n") if block)


def seed(command):
    topics = {t.slug: t for t in Topic.objects.all()}
    documents = {d.document_number: d for d in LegalDocument.objects.all()}
    groups = {g.name: g for g in EthnicGroup.objects.all()}
    provinces = {p.name: p for p in Province.objects.all()}
    made = []
    for entry in json.loads(DATA.read_text(encoding="utf-8")):
        answer = PublishedQuestion.objects.filter(title_vi=entry["title"]).first()
        if answer is None:
            answer = PublishedQuestion(status=Status.PUBLISHED, publish_at=timezone.now())
        answer.title_vi = entry["title"]
        answer.question_vi = entry["question"]
        answer.short_answer_vi = entry["short_answer"]
        answer.answer_vi = paragraphs(entry["answer"])
        answer.answering_unit_vi = UNIT
        answer.answered_on = LAST_DEMO_DAY - timedelta(days=entry["days_ago"])
        answer.topic = topics[entry["topic"]]
        answer.province = provinces[entry["province"]] if entry["province"] else None
        answer.is_sample = True
        answer.save()
        answer.ethnic_groups.set(groups[name] for name in entry["groups"])
        answer.citations.all().delete()
        cited = []
        for order, (number, articles) in enumerate(entry["citations"]):
            document = documents.get(number)
            if document is None:  # the documents demo does not hold it: cite nothing false
                continue
            cited.append(document)
            AnswerCitation.objects.create(
                published_question=answer, document=document, articles=articles, order=order
            )
        # The benefits resting on the documents it cites (when the benefits demo is loaded).
        answer.benefits.set(Benefit.objects.filter(Q(legal_basis__document__in=cited)).distinct())
        made.append(answer)
    for answer in made:
        same_topic = [a for a in made if a.topic_id == answer.topic_id and a.pk != answer.pk]
        answer.related.set(same_topic[:RELATED])
    command.stdout.write(f"Q&A: {len(made)} published demo answers.")
    # And the officers' queue: sample private questions in every state.
    from ..generation import seed_demo_queue

    seed_demo_queue(command)


def benchmark_pages():
    """The Q&A pages `manage.py benchmark` times: the list, a search, a topic, one answer."""
    pages = ["/hoi-dap/", "/hoi-dap/?q=hoc+phi", "/hoi-dap/?topic=giao-duc-dao-tao&page=2"]
    answer = PublishedQuestion.objects.published().order_by("pk").first()
    if answer is not None:
        pages.append(answer.get_absolute_url())
    return pages
