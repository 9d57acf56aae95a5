"""E-mails to askers go after commit; a failed send loses nothing and is retried."""

import pytest
from django.core import mail
from django.core.management import call_command

from qa import workflow
from qa.models import OutgoingEmail, Question

from .conftest import EMAIL
from .test_queue import answered

pytestmark = pytest.mark.django_db


def test_the_code_is_emailed_after_commit(client, ask_data, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/hoi-dap/gui-cau-hoi/", ask_data())
    question = Question.objects.get()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [EMAIL]
    assert question.display_code in message.subject and question.display_code in message.body
    assert "/hoi-dap/tra-cuu/" in message.body
    assert OutgoingEmail.objects.get().sent_at is not None


def test_no_email_without_an_address(client, ask_data, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/hoi-dap/gui-cau-hoi/", ask_data(email=""))
    assert Question.objects.count() == 1 and mail.outbox == []


def test_nothing_is_sent_when_the_transaction_rolls_back(make_question, officer):
    from django.db import transaction

    question = make_question()
    try:
        with transaction.atomic():
            answered(question, officer)
            raise RuntimeError("later step failed")
    except RuntimeError:
        pass
    assert mail.outbox == [] and not OutgoingEmail.objects.exists()


def test_a_failed_send_keeps_the_question_and_is_retried(
    client, ask_data, django_capture_on_commit_callbacks, monkeypatch
):
    def broken(*args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr("qa.notifications.send_mail", broken)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/hoi-dap/gui-cau-hoi/", ask_data())
    assert response.status_code == 302
    assert Question.objects.count() == 1
    email = OutgoingEmail.objects.get()
    assert email.sent_at is None and email.attempts == 1 and "mail server down" in email.last_error
    monkeypatch.undo()
    call_command("send_question_emails", stdout=open("/dev/null", "w"))
    email.refresh_from_db()
    assert email.sent_at is not None and len(mail.outbox) == 1


def test_the_asker_is_told_when_the_answer_is_approved(
    make_question, officer, approver, django_capture_on_commit_callbacks
):
    question = answered(make_question(), officer)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.apply(question, "approve", approver)
    assert [m.subject for m in mail.outbox] == [
        f"Câu hỏi {question.display_code} của bạn đã có trả lời"
    ]


def test_smtp_comes_from_email_url():
    import environ

    config = environ.Env.email_url_config("smtp+tls://user:secret@mail.example.test:587")
    assert config["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert config["EMAIL_HOST"] == "mail.example.test" and config["EMAIL_USE_TLS"]
