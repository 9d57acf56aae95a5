"""Private questions that are not real: for scale work (`generate_questions N` makes them beside
the published Q&A) and for the demo queue (`seed_demo`: some questions in every state). Every
one says in its text that it is a sample, and its "asker" is an invented name at an .invalid
address, so no real person's data is ever made up."""

import random
from datetime import timedelta

from django.utils import timezone

from accounts.models import User
from ubdt_portal.reference.models import Province, Topic

from .models import Consent, Question, QuestionEvent, State
from .privacy import NOTICE_VERSION

SAMPLE = "[Dữ liệu mẫu]"
SUBJECTS = [
    "thẻ bảo hiểm y tế cho người dân tộc thiểu số",
    "gạo hỗ trợ học sinh bán trú",
    "vay vốn làm nhà ở",
    "xã khu vực III sau sáp nhập",
    "cử tuyển vào đại học",
    "chế độ cho người có uy tín",
    "miễn giảm học phí",
]
NAMES = ["Giàng A Mẫu", "Lò Thị Mẫu", "Hà Văn Mẫu", "Sùng Thị Mẫu", "Y Mẫu Niê"]


def make_private_questions(count, seed=1, states=None, officer=None):
    """`count` sample questions spread over the queue's states (or `states`, cycled)."""
    rng = random.Random(seed)
    topics = list(Topic.objects.all())
    provinces = list(Province.objects.all())
    states = states or [s for s, _label in State.choices]
    now = timezone.now()
    made = []
    for n in range(count):
        state = states[n % len(states)]
        subject = rng.choice(SUBJECTS)
        created = now - timedelta(days=rng.randrange(0, 40), hours=rng.randrange(24))
        question = Question.objects.create(
            created_at=created,
            name=rng.choice(NAMES),
            email=f"nguoi-hoi-mau-{n}@vi-du.invalid" if rng.random() < 0.6 else "",
            province=rng.choice(provinces),
            topic=rng.choice(topics),
            text=f"{SAMPLE} Tôi muốn hỏi về {subject}: gia đình tôi có được hưởng không?",
            state=state,
            assigned_to=officer if state != State.NEW else None,
        )
        purposes = [Consent.Purpose.PROCESSING]
        if rng.random() < 0.7:
            purposes.append(Consent.Purpose.PUBLICATION)
        Consent.objects.bulk_create(
            Consent(question=question, purpose=p, notice_version=NOTICE_VERSION, given_at=created)
            for p in purposes
        )
        QuestionEvent.objects.create(
            question=question, at=created, action="received", to_state=State.NEW
        )
        if state != State.NEW:
            if state in (State.ANSWERED, State.APPROVED, State.PUBLISHED):
                question.short_answer = f"{SAMPLE} Trả lời ngắn mẫu về {subject}."
                question.answer = f"<p>{SAMPLE} Trả lời đầy đủ mẫu về {subject}.</p>"
                question.answered_at = created + timedelta(days=2)
            if state in (State.REJECTED, State.SPAM):
                question.decision_reason = f"{SAMPLE} Lý do mẫu."
            if state in (State.APPROVED, State.PUBLISHED, State.REJECTED, State.SPAM):
                question.closed_at = created + timedelta(days=3)
            question.save()
            QuestionEvent.objects.create(
                question=question,
                at=created + timedelta(days=1),
                actor=officer,
                action="demo",
                from_state=State.NEW,
                to_state=state,
                note=SAMPLE,
            )
        made.append(question)
    return made


def seed_demo_queue(command):
    """Two sample questions in every state of the queue (only once), assigned to the demo Q&A
    officer when there is one. A published one here links to no public Q&A: the demo's public
    answers are written separately from checked facts."""
    if Question.objects.filter(text__startswith=SAMPLE).exists():
        return
    officer = User.objects.filter(email="hoidap@demo.invalid").first()
    states = [s for s, _label in State.choices]
    made = make_private_questions(2 * len(states), seed=2026, states=states, officer=officer)
    command.stdout.write(f"  {len(made)} sample questions in the Q&A queue")
