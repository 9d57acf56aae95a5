"""The Q&A staff's admin home page names the open questions assigned to them and the ones past
their deadline; other roles do not get these panels."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from qa import workflow
from qa.models import Question

pytestmark = pytest.mark.django_db


def home(client, user):
    client.force_login(user)
    return client.get(reverse("admin:index")).content.decode()


def test_an_officer_sees_what_is_assigned_to_them_and_what_is_overdue(
    client, make_question, officer
):
    mine = make_question()
    workflow.apply(mine, "assign", officer, officer=officer)
    late = make_question()
    Question.objects.filter(pk=late.pk).update(created_at=timezone.now() - timedelta(days=60))

    page = home(client, officer)
    assert "Câu hỏi được giao cho tôi" in page
    assert mine.display_code in page
    assert "Câu hỏi quá hạn" in page
    assert late.display_code in page
    assert reverse("admin:qa_question_change", args=[late.pk]) in page


def test_an_officer_with_nothing_waiting_is_told_so(client, officer):
    page = home(client, officer)
    assert "Không có câu hỏi nào đang mở được giao cho bạn." in page
    assert "Không có câu hỏi nào quá hạn." in page


def test_an_editor_gets_no_question_panels(client, make_question, editor):
    make_question()
    page = home(client, editor)
    assert "Câu hỏi quá hạn" not in page
    assert "Câu hỏi được giao cho tôi" not in page
