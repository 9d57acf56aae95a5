"""Make N synthetic published Q&A for scale work (benchmarks, query-count checks). Their titles
start with “[Thử nghiệm]” and they are flagged as demonstrations. The private questions' own
generator adds to this command where they are made."""

from datetime import date, timedelta

from django.utils import timezone

from documents.models import LegalDocument
from qa.generation import make_private_questions
from qa.models import AnswerCitation, PublishedQuestion
from ubdt_portal.demo.generation import GenerateCommand
from ubdt_portal.publishing.models import Status
from ubdt_portal.reference.models import EthnicGroup, Province, Topic
from ubdt_portal.vietnamese import slugify

SUBJECTS = [
    "thẻ bảo hiểm y tế",
    "giảm học phí",
    "gạo cho học sinh bán trú",
    "vay vốn làm nhà",
    "xã khu vực III",
    "thôn đặc biệt khó khăn",
    "cử tuyển",
    "người có uy tín",
    "chuyển đổi nghề",
    "dân tộc rất ít người",
]
PREFIX = "[Thử nghiệm]"


class Command(GenerateCommand):
    noun = "synthetic published Q&A"

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--private",
            type=int,
            default=None,
            help="How many sample private questions to make for the officers' queue "
            "(default: as many as published Q&A).",
        )

    def filled_models(self):
        return [PublishedQuestion, PublishedQuestion.ethnic_groups.through, AnswerCitation]

    def create(self, count, rng, seed, private=None, **options):
        topics = list(Topic.objects.all())
        provinces = list(Province.objects.all())
        groups = list(EthnicGroup.objects.filter(is_minority=True))
        documents = list(LegalDocument.objects.values_list("pk", flat=True))
        start = PublishedQuestion.objects.filter(title__startswith=PREFIX).count()
        now = timezone.now()
        answers = []
        for n in range(start + 1, start + count + 1):
            subject = rng.choice(SUBJECTS)
            title = f"{PREFIX} Câu hỏi số {n} về {subject}?"
            texts = {
                "title": title,
                "question": f"Câu hỏi thử nghiệm số {n} về {subject}.",
                "short_answer": f"Trả lời ngắn thử nghiệm cho câu hỏi số {n} về {subject}.",
                "answer": f"<p>Trả lời đầy đủ thử nghiệm cho câu hỏi số {n} về {subject}.</p>",
                "answering_unit": "Đơn vị thử nghiệm",
            }
            answer = PublishedQuestion(
                **texts,
                **{f"{field}_vi": value for field, value in texts.items()},
                slug=slugify(title),
                answered_on=date(2026, 1, 1) + timedelta(days=rng.randrange(300)),
                topic=rng.choice(topics),
                province=rng.choice(provinces) if rng.random() < 0.3 else None,
                is_sample=True,
                status=Status.PUBLISHED,
                publish_at=now,
            )
            answer.compute_search_fields()
            answers.append(answer)
        created = PublishedQuestion.objects.bulk_create(answers, batch_size=500)
        citations = []
        for answer in created:
            if rng.random() < 0.3:
                answer.ethnic_groups.set(rng.sample(groups, 1))
            for order, document in enumerate(rng.sample(documents, min(2, len(documents)))):
                citations.append(
                    AnswerCitation(
                        published_question=answer,
                        document_id=document,
                        articles=f"Điều {rng.randrange(1, 20)}",
                        order=order,
                    )
                )
        AnswerCitation.objects.bulk_create(citations, batch_size=1000)
        questions = make_private_questions(count if private is None else private, seed=seed)
        self.stdout.write(f"Created {len(questions)} sample private questions.")
        return len(created)
