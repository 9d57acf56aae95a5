"""The asker's lookup by tracking code, its rate limit, and the asker's requests."""

import pytest

from qa import workflow
from qa.models import Consent, Question

from .conftest import EMAIL, NAME, PHONE
from .test_queue import answered

LOOKUP = "/hoi-dap/tra-cuu/"
REQUEST = "/hoi-dap/tra-cuu/yeu-cau/"

pytestmark = pytest.mark.django_db


def test_the_code_shows_status_and_the_answer_even_unpublished(
    client, make_question, officer, approver
):
    question = make_question(consents=("xu-ly",))
    code = question.display_code.lower().replace("-", " ")  # typed loosely
    html = client.post(LOOKUP, {"code": code}).content.decode()
    assert "Mới" in html and question.text in html
    answered(question, officer)
    workflow.apply(question, "approve", approver)
    html = client.post(LOOKUP, {"code": question.tracking_code}).content.decode()
    assert "Có, 15 kg gạo mỗi tháng." in html
    # The lookup shows the asker's question, never their name or contacts.
    for value in (NAME, EMAIL, PHONE):
        assert value not in html


def test_a_rejected_question_shows_the_reason(client, make_question, officer):
    question = make_question()
    workflow.apply(question, "reject", officer, reason="Trùng với câu hỏi đã trả lời.")
    html = client.post(LOOKUP, {"code": question.tracking_code}).content.decode()
    assert "Trùng với câu hỏi đã trả lời." in html


def test_wrong_codes_are_rate_limited_per_client(client, make_question, settings):
    settings.QA_LOOKUP_FAILURE_LIMIT = 3
    question = make_question()
    for wrong in ("ABCD-EFGH", "0000", "x" * 30):
        response = client.post(LOOKUP, {"code": wrong})
        assert response.status_code == 200
        assert response.context["form"].errors["code"]
    response = client.post(LOOKUP, {"code": question.tracking_code})
    assert response.status_code == 429
    assert "Quá nhiều mã tra cứu sai" in response.content.decode()
    # Another client still looks up.
    other = client.post(LOOKUP, {"code": question.tracking_code}, REMOTE_ADDR="10.1.1.1")
    assert other.status_code == 200 and question.display_code in other.content.decode()


def test_the_code_never_travels_in_an_address(client, make_question):
    question = make_question()
    response = client.get(LOOKUP + f"?code={question.tracking_code}")
    assert question.text not in response.content.decode()


def test_the_asker_withdraws_publication_consent(client, make_question):
    question = make_question()
    response = client.post(
        REQUEST, {"code": question.tracking_code, "action": "withdraw_publication"}
    )
    assert "rút lại sự đồng ý công bố" in response.content.decode()
    consent = Consent.objects.get(question=question, purpose="cong-bo")
    assert consent.withdrawn_at is not None


def test_the_asker_withdraws_the_ethnicity_consent_and_the_group_goes(client, make_question, group):
    question = make_question(consents=("xu-ly", "dan-toc"), ethnic_group=group)
    client.post(REQUEST, {"code": question.tracking_code, "action": "withdraw_ethnicity"})
    assert Question.objects.get().ethnic_group is None


def test_an_erasure_request_is_shown_to_staff_with_the_two_working_day_deadline(
    client, make_question, officer
):
    from tests.admin_pages import admin_url

    question = make_question()
    html = client.post(
        REQUEST, {"code": question.tracking_code, "action": "erase"}
    ).content.decode()
    assert "2 ngày làm việc" in html
    question.refresh_from_db()
    assert question.erasure_requested and question.request_at
    client.force_login(officer)
    response = client.get(admin_url(Question, "changelist") + "?yeu-cau=cho-xu-ly")
    assert [q.pk for q in response.context["cl"].result_list] == [question.pk]
    assert "xóa dữ liệu:" in response.content.decode()


def test_a_request_with_a_bad_action_or_code_is_a_4xx_or_message(client, make_question):
    question = make_question()
    assert client.post(REQUEST, {"code": question.tracking_code, "action": "x"}).status_code == 400
    response = client.post(REQUEST, {"code": "ZZZZ-ZZZZ", "action": "erase"})
    assert response.status_code == 200 and response.context["form"].errors
    assert client.get(REQUEST).status_code == 405
