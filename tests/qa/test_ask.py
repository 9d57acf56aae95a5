"""Asking a question without an account: the form, its consents, its messages, its limits."""

import re

import pytest
from django.test import Client
from django.utils import timezone

from qa.models import CODE_ALPHABET, Consent, Question, State
from qa.privacy import NOTICE_VERSION
from tests import factories

from .conftest import EMAIL, NAME

ASK = "/hoi-dap/gui-cau-hoi/"

pytestmark = pytest.mark.django_db


def test_the_form_asks_everything_with_no_box_ticked(client):
    html = client.get(ASK).content.decode()
    for name in (
        "topic",
        "text",
        "name",
        "province",
        "commune",
        "ethnic_group",
        "consent_ethnicity",
        "email",
        "phone",
        "consent_processing",
        "consent_publication",
    ):
        assert f'name="{name}"' in html
    assert "checked" not in html
    assert 'href="/hoi-dap/quyen-rieng-tu/"' in html


def test_a_citizen_asks_and_gets_a_code_with_what_happens_next(client, ask_data, place):
    response = client.post(ASK, ask_data(), follow=True)
    assert response.redirect_chain == [("/hoi-dap/gui-cau-hoi/da-gui/", 302)]
    question = Question.objects.get()
    assert question.state == State.NEW
    assert question.name == NAME and question.email == EMAIL
    assert question.commune == place[1]
    html = response.content.decode()
    assert question.display_code in html
    assert "ngày làm việc" in html  # when to expect the answer


def test_the_code_is_random_from_an_alphabet_without_look_alikes(client, ask_data):
    for _ in range(3):
        client.post(ASK, ask_data())
    codes = list(Question.objects.values_list("tracking_code", flat=True))
    assert len(set(codes)) == 3
    for code in codes:
        assert len(code) == 8 and set(code) <= set(CODE_ALPHABET)
    assert not set("01OILUV") & set(CODE_ALPHABET)
    # Not sequential: nothing but the code's randomness links one question to the next.
    assert sorted(codes) != codes or len({c[:6] for c in codes}) == 3


def test_each_consent_is_stored_with_its_time_and_the_notice_version(client, ask_data, group):
    before = timezone.now()
    client.post(ASK, ask_data(ethnic_group=group.slug, consent_ethnicity="on"))
    question = Question.objects.get()
    consents = {c.purpose: c for c in question.consents.all()}
    assert set(consents) == {"xu-ly", "cong-bo", "dan-toc"}
    for consent in consents.values():
        assert consent.notice_version == NOTICE_VERSION
        assert consent.given_at >= before and consent.withdrawn_at is None
    assert question.ethnic_group == group


def test_optional_consents_left_unticked_are_not_recorded(client, ask_data):
    client.post(ASK, ask_data(consent_publication=None))
    assert list(Consent.objects.values_list("purpose", flat=True)) == ["xu-ly"]


def test_an_ethnic_group_without_its_own_consent_is_refused_beside_that_box(
    client, ask_data, group
):
    response = client.post(ASK, ask_data(ethnic_group=group.slug))
    assert response.status_code == 200
    assert not Question.objects.exists()
    errors = response.context["form"].errors
    assert list(errors) == ["consent_ethnicity"]
    assert "đánh dấu" in errors["consent_ethnicity"][0]


def test_on_error_every_typed_value_stays_and_messages_are_vietnamese_beside_fields(
    client, ask_data, place
):
    data = ask_data(consent_processing=None, email="khong-phai-email", text="")
    response = client.post(ASK, data)
    html = response.content.decode()
    assert not Question.objects.exists()
    assert NAME in html
    assert 'value="khong-phai-email"' in html
    assert 'value="0987 654 321"' in html
    assert f'<option value="{place[0].slug}" selected>' in html
    assert f'<option value="{place[1].code}" selected>' in html
    assert 'name="consent_publication" id="id_consent_publication" checked' in html
    errors = response.context["form"].errors
    assert set(errors) == {"consent_processing", "email", "text"}
    assert errors["text"] == ["Hãy viết câu hỏi của bạn."]
    assert "địa chỉ thư điện tử" in errors["email"][0]
    # Each message sits in its field's block.
    assert re.search(r'id="id_email_error">\s*<li>Hãy nhập đúng', html)


def test_show_communes_keeps_everything_and_judges_nothing(client, ask_data, place):
    data = ask_data(commune="", name="Lò Văn A", text="")
    data["show_communes"] = "1"
    response = client.post(ASK, data)
    html = response.content.decode()
    assert response.context["form"].errors == {}
    assert "Lò Văn A" in html
    assert f'<option value="{place[1].code}">' in html
    assert not Question.objects.exists()


def test_a_commune_of_another_province_is_refused(client, ask_data, place):
    from ubdt_portal.reference.models import Commune, Province

    other = Province.objects.exclude(pk=place[0].pk).first()
    elsewhere = Commune.objects.create(
        code="99902", name="Xã Khác", slug="xa-khac", kind="xa", province=other
    )
    response = client.post(ASK, ask_data(commune=elsewhere.code))
    assert response.context["form"].errors["commune"] == ["Hãy chọn một xã thuộc tỉnh bạn đã chọn."]


def test_the_benefit_or_document_and_the_finders_choices_are_preselected(
    client, place, topic, group
):
    from documents.models import LegalDocument
    from policies.models import Benefit

    benefit = factories.make(Benefit)
    document = factories.make(LegalDocument)
    province, commune = place
    response = client.get(
        f"{ASK}?che-do={benefit.slug}&van-ban={document.slug}&province={province.slug}"
        f"&commune={commune.code}&topic={topic.slug}&group={group.slug}"
    )
    html = response.content.decode()
    assert f'href="{benefit.get_absolute_url()}"' in html
    assert f'href="{document.get_absolute_url()}"' in html
    assert f'<option value="{province.slug}" selected>' in html
    assert f'<option value="{commune.code}" selected>' in html
    assert f'<option value="{topic.slug}" selected>' in html
    assert f'<option value="{group.slug}" selected>' in html
    # Sent with the form, the question is about them.
    form = response.context["form"]
    assert form["benefit"].value() == benefit.slug


def test_the_question_keeps_the_benefit_it_is_about(client, ask_data):
    from policies.models import Benefit

    benefit = factories.make(Benefit)
    client.post(ASK, ask_data(benefit=benefit.slug, document="khong-co-van-ban-nay"))
    question = Question.objects.get()
    assert question.benefit == benefit and question.document is None


def test_a_draft_benefit_is_not_named(client):
    from policies.models import Benefit
    from ubdt_portal.publishing.models import Status

    draft = factories.make(Benefit, status=Status.DRAFT)
    html = client.get(f"{ASK}?che-do={draft.slug}").content.decode()
    assert draft.title not in html


def test_a_double_submit_makes_one_question(client, ask_data):
    data = ask_data()
    first = client.post(ASK, data)
    second = client.post(ASK, data)
    assert first.status_code == second.status_code == 302
    assert Question.objects.count() == 1


def test_the_honeypot_stops_robots_and_keeps_the_text(client, ask_data):
    response = client.post(ASK, ask_data(website="http://spam.example"))
    assert response.status_code == 200
    assert not Question.objects.exists()
    assert "chương trình" in response.content.decode()


def test_per_client_rate_limit_with_a_vietnamese_message(client, ask_data, settings):
    settings.QA_ASK_LIMIT = 2
    for _ in range(2):
        assert client.post(ASK, ask_data()).status_code == 302
    response = client.post(ASK, ask_data())
    assert response.status_code == 429
    assert "Quá nhiều câu hỏi" in response.content.decode()
    assert Question.objects.count() == 2
    # Another client is not affected.
    assert client.post(ASK, ask_data(), REMOTE_ADDR="10.9.9.9").status_code == 302


@pytest.mark.parametrize(
    "changes",
    [
        {"name": "A" * 101},
        {"text": "x" * 4001},
        {"phone": "9" * 21},
        {"email": "a" * 250 + "@example.test"},
        {"name": "Lò\x00Văn"},
        {"text": "Câu hỏi\x00 có ký tự rỗng ở giữa"},
        {"province": "\x00"},
        {"submission_key": "not-a-uuid"},
        {"topic": "x" * 5000},
        {"commune": "'; DROP TABLE qa_question; --"},
    ],
)
def test_bad_input_gets_a_message_never_a_500(client, ask_data, changes):
    response = client.post(ASK, ask_data(**changes))
    assert response.status_code in (200, 400)
    assert not Question.objects.exists()
    if response.status_code == 200:
        assert response.context["form"].errors


def test_missing_csrf_token_gives_the_vietnamese_403_page(ask_data):
    csrf_client = Client(enforce_csrf_checks=True)
    response = csrf_client.post(ASK, ask_data())
    assert response.status_code == 403
    assert "Biểu mẫu đã hết hạn" in response.content.decode()
    assert not Question.objects.exists()


def test_the_privacy_notice_names_controller_purpose_retention_and_rights(client, settings):
    from ubdt_portal.reference.models import SiteSettings

    html = client.get("/hoi-dap/quyen-rieng-tu/").content.decode()
    assert SiteSettings.load().organisation_name in html
    assert "91/2025/QH15" in html and NOTICE_VERSION in html
    assert f"{settings.QA_RETENTION_DAYS} ngày" in html
    assert "rút lại" in html and "2 ngày làm việc" in html


def test_the_thanks_page_without_a_question_sends_to_the_form(client):
    response = client.get("/hoi-dap/gui-cau-hoi/da-gui/")
    assert response.status_code == 302 and response["Location"] == ASK


def test_the_citizens_pages_take_a_bounded_number_of_queries(
    client, ask_data, make_question, django_assert_max_num_queries
):
    question = make_question()
    for _ in range(5):
        make_question()
    with django_assert_max_num_queries(12):
        client.get(ASK + "?province=lao-cai")
    with django_assert_max_num_queries(12):
        client.post(LOOKUP, {"code": question.tracking_code})
    with django_assert_max_num_queries(25):
        client.post(ASK, ask_data())


LOOKUP = "/hoi-dap/tra-cuu/"
