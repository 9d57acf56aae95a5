"""No public response ever holds an asker's name, e-mail or phone; personal data is erased."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from qa import workflow
from qa.models import InternalNote, OutgoingEmail, PublishedQuestion, Question

from .conftest import EMAIL, NAME, PHONE
from .test_queue import answered

pytestmark = pytest.mark.django_db


def public_addresses(published):
    return [
        "/",
        "/hoi-dap/",
        f"/hoi-dap/?q={published.title.split()[0]}",
        published.get_absolute_url(),
        f"/tim-kiem/?q={published.title.split()[0]}",
        "/tim-kiem/?q=" + NAME.split()[-1],
        "/en/hoi-dap/",
        published.get_absolute_url().replace("/hoi-dap/", "/en/hoi-dap/"),
        # What machines read: the sitemap (its answers and fixed pages), robots.txt, the feeds.
        "/sitemap.xml",
        "/sitemap-hoi-dap.xml",
        "/sitemap-trang.xml",
        "/robots.txt",
        "/rss/tin-tuc.xml",
        "/rss/chinh-sach.xml",
    ]


def test_a_published_answer_shows_nothing_personal_anywhere_public(
    client, ask_data, officer, approver
):
    client.post("/hoi-dap/gui-cau-hoi/", ask_data())
    question = Question.objects.get()
    answered(question, officer)
    workflow.apply(question, "publish", approver)
    published = PublishedQuestion.objects.published().get()
    client.logout()
    for address in public_addresses(published):
        response = client.get(address, follow=True)
        assert response.status_code == 200, address
        body = response.content.decode()
        for value in (NAME, EMAIL, PHONE, "0987654321", question.commune.name):
            assert value not in body, (address, value)
    assert published.title in client.get(published.get_absolute_url()).content.decode()
    assert published.get_absolute_url() in client.get("/sitemap-hoi-dap.xml").content.decode()


def test_erase_personal_data_erases_closed_questions_past_retention_history_included(
    make_question, officer, settings
):
    settings.QA_RETENTION_DAYS = 30
    old = make_question()
    InternalNote.objects.create(question=old, author=officer, text=f"Gọi cho {NAME}")
    OutgoingEmail.objects.create(
        question=old, kind="received", recipient=EMAIL, subject="x", body=f"Chào {NAME}"
    )
    workflow.apply(old, "reject", officer, reason="Không thuộc phạm vi.")
    Question.objects.filter(pk=old.pk).update(closed_at=timezone.now() - timedelta(days=31))
    recent = make_question()
    workflow.apply(recent, "reject", officer, reason="Không thuộc phạm vi.")
    still_open = make_question()

    call_command("erase_personal_data", stdout=open("/dev/null", "w"))

    old.refresh_from_db()
    assert (old.name, old.email, old.phone, old.text) == ("", "", "", "")
    assert old.commune is None and old.ethnic_group is None and old.erased_at
    assert not InternalNote.objects.filter(question=old).exists()
    assert not OutgoingEmail.objects.filter(question=old).exists()
    assert old.events.count() == 1  # the queue log stays; it holds no personal data
    for kept in (recent, still_open):
        kept.refresh_from_db()
        assert kept.name == NAME and kept.erased_at is None


def test_erase_personal_data_honours_the_askers_request(client, make_question):
    question = make_question()
    client.post("/hoi-dap/tra-cuu/yeu-cau/", {"code": question.tracking_code, "action": "erase"})
    call_command("erase_personal_data", stdout=open("/dev/null", "w"))
    question.refresh_from_db()
    assert question.name == "" and question.request_done_at is not None


def test_the_question_keeps_no_revision_history_and_its_text_names_no_one():
    from simple_history.models import registered_models

    assert Question not in registered_models.values()
    question = Question(tracking_code="ABCDEFGH", name=NAME)
    assert NAME not in str(question)
