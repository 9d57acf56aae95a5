"""The officers' queue: one transition table, each move logged, filters, roles, publishing."""

from datetime import date, datetime
from unittest import mock

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from qa import workflow
from qa.models import PublishedQuestion, Question, QuestionCitation, QuestionEvent, State
from qa.working_days import add_working_days, is_working_day
from tests import factories
from tests.admin_pages import admin_url, post_form

from .conftest import EMAIL, NAME, PHONE

pytestmark = pytest.mark.django_db


def answered(question, officer):
    workflow.apply(question, "assign", officer, officer=officer)
    question.public_title = "Con học bán trú có được hỗ trợ gạo không?"
    question.public_question = "Con tôi học bán trú, có được hỗ trợ gạo không?"
    question.short_answer = "Có, 15 kg gạo mỗi tháng."
    question.answer = "<p>Theo Nghị định 66/2025/NĐ-CP.</p>"
    question.save()
    workflow.apply(question, "answer", officer)
    return question


def test_the_whole_path_is_logged_with_who_when_from_and_to(make_question, officer, approver):
    question = answered(make_question(), officer)
    workflow.apply(question, "publish", approver)
    steps = list(
        QuestionEvent.objects.filter(question=question).values_list(
            "action", "actor", "from_state", "to_state"
        )
    )
    assert steps == [
        ("assign", officer.pk, State.NEW, State.ASSIGNED),
        ("answer", officer.pk, State.ASSIGNED, State.ANSWERED),
        ("publish", approver.pk, State.ANSWERED, State.PUBLISHED),
    ]
    question.refresh_from_db()
    assert question.state == State.PUBLISHED and question.closed_at is not None
    assert question.answered_by == officer


def test_a_move_not_in_the_table_is_refused(make_question, officer, approver):
    question = make_question()
    with pytest.raises(ValidationError):
        workflow.apply(question, "publish", approver)  # new → published is not a move
    with pytest.raises(PermissionDenied):
        workflow.apply(question, "approve", officer)  # officers do not approve
    with pytest.raises(ValidationError, match="lý do"):
        workflow.apply(question, "reject", officer, reason="  ")
    assert Question.objects.get().state == State.NEW
    assert not QuestionEvent.objects.exists()


def test_publishing_needs_the_askers_consent(make_question, officer, approver):
    question = answered(make_question(consents=("xu-ly",)), officer)
    with pytest.raises(ValidationError, match="không đồng ý công bố"):
        workflow.apply(question, "publish", approver)
    workflow.apply(question, "approve", approver)
    assert question.state == State.APPROVED
    assert not PublishedQuestion.objects.exists()


def test_publishing_makes_the_public_qa_from_the_officers_wording(make_question, officer, approver):
    from documents.models import LegalDocument
    from policies.models import Benefit

    document = factories.make(LegalDocument)
    benefit = factories.make(Benefit)
    question = make_question()
    QuestionCitation.objects.create(question=question, document=document, articles="Điều 5")
    QuestionCitation.objects.create(question=question, benefit=benefit)
    answered(question, officer)
    workflow.apply(question, "publish", approver)
    public = PublishedQuestion.objects.published().get()
    assert public.title == "Con học bán trú có được hỗ trợ gạo không?"
    assert public.short_answer == "Có, 15 kg gạo mỗi tháng."
    assert public.province == question.province
    assert [(c.document, c.articles) for c in public.citations.all()] == [(document, "Điều 5")]
    assert list(public.benefits.all()) == [benefit]
    for value in (NAME, EMAIL, PHONE, question.text):
        assert value not in " ".join(
            str(getattr(public, f.attname, "")) for f in PublishedQuestion._meta.concrete_fields
        )


def test_hiding_a_published_answer_takes_it_down_with_a_reason(make_question, officer, approver):
    question = answered(make_question(), officer)
    workflow.apply(question, "publish", approver)
    workflow.apply(question, "hide", approver, reason="Chính sách đã thay đổi")
    assert not PublishedQuestion.objects.published().exists()
    assert PublishedQuestion.objects.get().hidden_reason == "Chính sách đã thay đổi"
    assert Question.objects.get().state == State.APPROVED


def test_rejection_records_the_reason_shown_to_the_asker(make_question, officer):
    question = make_question()
    workflow.apply(question, "reject", officer, reason="Câu hỏi không thuộc lĩnh vực dân tộc.")
    question.refresh_from_db()
    assert question.state == State.REJECTED
    assert question.decision_reason == "Câu hỏi không thuộc lĩnh vực dân tộc."


def test_working_days_skip_weekends_and_public_holidays():
    # Lunar New Year 2026: 16–20 February (holidays package), then the weekend.
    assert not is_working_day(date(2026, 2, 17))
    assert add_working_days(date(2026, 2, 13), 1) == date(2026, 2, 23)
    assert add_working_days(date(2026, 4, 29), 1) == date(2026, 5, 4)  # 30/4, 1/5, weekend
    assert add_working_days(date(2026, 2, 23), -1) == date(2026, 2, 13)


# The staff pages --------------------------------------------------------------------------


def test_the_queue_filters_by_state_topic_province_officer_and_overdue(
    client, make_question, officer
):
    from ubdt_portal.reference.models import Topic

    old = make_question()
    Question.objects.filter(pk=old.pk).update(
        created_at=timezone.make_aware(datetime(2026, 2, 2, 9))
    )
    other_topic = Topic.objects.exclude(pk=old.topic_id).first()
    recent = make_question(topic=other_topic)
    workflow.apply(recent, "assign", officer, officer=officer)
    client.force_login(officer)
    url = admin_url(Question, "changelist")

    def listed(query):
        response = client.get(url + query)
        assert response.status_code == 200
        return {q.pk for q in response.context["cl"].result_list}

    with mock.patch("django.utils.timezone.localdate", return_value=date(2026, 2, 24)):
        # Received Mon 2/2; 10 working days without Tết (16–20/2) end on Mon 23/2.
        assert listed("?han=qua-han") == {old.pk}
    assert listed(f"?state__exact={State.ASSIGNED}") == {recent.pk}
    assert listed(f"?topic__id__exact={other_topic.pk}") == {recent.pk}
    assert listed(f"?province__id__exact={old.province_id}") == {old.pk, recent.pk}
    assert listed("?can-bo=toi") == {recent.pk}
    assert listed("?can-bo=chua") == {old.pk}


def test_the_queue_page_takes_a_bounded_number_of_queries(
    client, make_question, officer, django_assert_max_num_queries
):
    for _ in range(3):
        make_question()
    client.force_login(officer)
    client.get(admin_url(Question, "changelist"))
    for _ in range(10):
        make_question()
    with django_assert_max_num_queries(15):
        assert client.get(admin_url(Question, "changelist")).status_code == 200


def test_an_officer_answers_and_an_approver_publishes_in_the_staff_pages(
    client, make_question, officer, approver
):
    question = make_question()
    url = admin_url(Question, "change", question.pk)
    client.force_login(officer)
    page = client.get(url).content.decode()
    assert NAME in page and EMAIL in page and PHONE in page
    response = post_form(client, url, Question, action="assign", officer=str(officer.pk))
    assert response.status_code == 302, response.context["adminform"].form.errors
    response = post_form(
        client,
        url,
        Question,
        action="answer",
        public_title="Hộ nghèo có được vay làm nhà không?",
        public_question="Hộ nghèo ở xã khu vực III có được vay vốn làm nhà không?",
        short_answer="Có, theo chương trình mục tiêu quốc gia.",
        answer="<p>Xem văn bản dẫn chiếu.</p>",
        **{"notes-0-text": "Đã gọi điện xác minh."},
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    question.refresh_from_db()
    assert question.state == State.ANSWERED
    note = question.notes.get()
    assert note.author == officer and note.text == "Đã gọi điện xác minh."
    # The officer cannot publish; the approver can.
    assert "publish" not in workflow.available(question, officer)
    client.force_login(approver)
    response = post_form(client, url, Question, action="publish")
    assert response.status_code == 302
    assert Question.objects.get().state == State.PUBLISHED
    assert PublishedQuestion.objects.published().count() == 1


def test_a_refused_move_is_reported_beside_the_action(client, make_question, officer):
    question = make_question()
    workflow.apply(question, "assign", officer, officer=officer)
    client.force_login(officer)
    url = admin_url(Question, "change", question.pk)
    response = post_form(client, url, Question, action="answer", short_answer="", answer="")
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["action"] == [
        "Hãy viết trả lời ngắn và trả lời đầy đủ trước."
    ]
    assert Question.objects.get().state == State.ASSIGNED


def test_only_qa_staff_see_personal_data(
    client, make_question, officer, approver, editor, chief, sysadmin
):
    question = make_question()
    for user, allowed in [
        (officer, True),
        (approver, True),
        (editor, False),
        (chief, False),
        (sysadmin, False),
    ]:
        client.force_login(user)
        for url in (admin_url(Question, "changelist"), admin_url(Question, "change", question.pk)):
            response = client.get(url)
            body = response.content.decode()
            if allowed:
                assert response.status_code == 200
            else:
                assert response.status_code in (302, 403), (user, url)
                assert NAME not in body and EMAIL not in body and PHONE not in body
        assert user.has_perm("qa.view_personal_data") is allowed


def test_generate_questions_adds_sample_private_questions_in_every_state():
    from django.core.management import call_command

    from qa.generation import SAMPLE

    call_command("generate_questions", 3, private=14, stdout=open("/dev/null", "w"))
    questions = Question.objects.all()
    assert questions.count() == 14
    assert {q.state for q in questions} == set(State.values)
    assert all(q.text.startswith(SAMPLE) and q.consents.exists() for q in questions)
    assert all(q.email == "" or q.email.endswith(".invalid") for q in questions)
