"""The demo benefits: what a citizen can get, named in plain words, each resting on real demo
documents and articles, with no number that the documents it cites do not give."""

import io
import re

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test.utils import override_settings
from django.utils.html import strip_tags

from documents.legal import LegalStatus
from documents.models import LegalDocument
from policies.demo.benefits import TRANSLATED, entries
from policies.models import Benefit, BenefitAmount, LegalBasis
from ubdt_portal.reference.models import EthnicGroup

pytestmark = pytest.mark.django_db

NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")
# Articles the facts file cites (policy-facts-2026.md) that the demo documents' abridged texts
# do not reproduce yet: the link leads to the document, without an article anchor.
ARTICLES_NOT_IN_ABRIDGED_TEXT = {
    ("28/2022/NĐ-CP", "Điều 14"),
    ("02/2022/TT-UBDT", "Điều 47"),
}
IN_FORCE = {LegalStatus.IN_FORCE, LegalStatus.PARTLY_EXPIRED}


@pytest.fixture(scope="module")
def seeded_once(django_db_setup, django_db_blocker):
    """The demo content, loaded once for the module by `seed_demo` as a person runs it, and
    rolled back afterwards; each test runs in a savepoint inside it."""
    with django_db_blocker.unblock(), transaction.atomic():
        with override_settings(DEMO=True, ALLOWED_HOSTS=["127.0.0.1", "localhost"]):
            call_command("seed_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def seeded(seeded_once, db):
    pass


def statuses(benefit):
    numbers = benefit.legal_basis.values("document")
    return set(
        LegalDocument.objects.with_legal_status()
        .filter(pk__in=numbers)
        .values_list("legal_status", flat=True)
    )


def test_at_least_15_benefits_named_for_what_a_person_gets(seeded):
    benefits = Benefit.objects.published()
    assert benefits.count() == len(entries()) >= 15
    for benefit in benefits:
        # A plain name, not a legal title; who in one line; something to get; a legal basis.
        assert len(benefit.title) <= 100, benefit.title
        assert not re.match(r"(Nghị định|Quyết định|Thông tư|Nghị quyết|Luật)\b", benefit.title)
        assert benefit.who_in_one_line and benefit.summary
        assert benefit.amounts.exists(), benefit.slug
        assert benefit.legal_basis.exists(), benefit.slug
        assert benefit.topics.exists(), benefit.slug


def test_the_benefits_citizens_ask_about_are_there(seeded):
    titles = " | ".join(Benefit.objects.values_list("title", flat=True)).lower()
    for words in (
        "thẻ bảo hiểm y tế miễn phí",
        "miễn học phí",
        "giảm 70% học phí",
        "tiền ăn và gạo cho học sinh bán trú",
        "tiền ăn trưa cho trẻ nhà trẻ",
        "vay vốn làm nhà ở",
        "nhà ở và đất ở",
        "chuyển đổi nghề",
        "cử tuyển",
        "dự bị đại học",
        "tuyển thẳng cho học sinh dân tộc rất ít người",
        "người có uy tín",
    ):
        assert words in titles, words


def test_real_amounts_with_their_unit_and_period(seeded):
    boarding = Benefit.objects.get(slug="tien-an-va-gao-cho-hoc-sinh-ban-tru")
    assert [(a.amount, a.period) for a in boarding.amounts.all()] == [
        ("936.000 đồng", "mỗi tháng"),
        ("15 kg gạo", "mỗi tháng"),
        ("360.000 đồng", "mỗi tháng"),
    ]
    loan = Benefit.objects.get(slug="vay-von-lam-nha-o")
    assert [a.amount for a in loan.amounts.all()] == ["40 triệu đồng", "3%/năm", "15 năm"]
    basis = loan.legal_basis.select_related("document").first()
    assert (basis.document.document_number, basis.articles) == ("28/2022/NĐ-CP", "Điều 14")
    card = Benefit.objects.get(slug="the-bao-hiem-y-te-mien-phi")
    assert [(b.document.document_number, b.articles) for b in card.legal_basis.all()] == [
        ("25/2008/QH12", "Điều 12"),
        ("146/2018/NĐ-CP", "Điều 3 khoản 9"),
    ]


def test_no_number_that_the_cited_documents_do_not_give(seeded):
    """Every figure, date and number in a benefit's Vietnamese texts and amounts appears in the
    documents it cites (or is the number of a document in the library)."""
    document_numbers = " ".join(LegalDocument.objects.values_list("document_number", flat=True))
    for benefit in Benefit.objects.prefetch_related("legal_basis__document", "amounts"):
        sources = [document_numbers]
        for basis in benefit.legal_basis.all():
            document = basis.document
            sources += [document.title_vi, document.summary_vi, strip_tags(document.full_text_vi)]
        given = set(NUMBER.findall(" ".join(sources)))
        texts = [getattr(benefit, f"{field}_vi") or "" for field in TRANSLATED]
        for amount in benefit.amounts.all():
            texts += [amount.amount_vi, amount.period_vi or "", amount.description_vi or ""]
        for number in NUMBER.findall(" ".join(texts)):
            assert number in given, f"{benefit.slug}: {number} is in no cited document"


def test_each_cited_article_is_an_article_of_the_document(seeded):
    for basis in LegalBasis.objects.select_related("document").exclude(articles=""):
        number = basis.document.document_number
        for article in re.findall(r"Điều \d+[a-zđ]?", basis.articles):
            if (number, article) in ARTICLES_NOT_IN_ABRIDGED_TEXT:
                continue
            assert f"{article}." in strip_tags(basis.document.full_text_vi), (number, article)


def test_at_least_five_benefits_in_english(seeded):
    english = Benefit.objects.exclude(title_en="").exclude(title_en__isnull=True)
    assert english.count() >= 5
    for benefit in english:
        assert benefit.who_in_one_line_en and benefit.summary_en and benefit.steps_en
        assert all(amount.amount_en for amount in benefit.amounts.all()), benefit.slug


def test_an_ended_benefit_names_the_one_that_replaced_it(seeded):
    old = Benefit.objects.get(slug="mien-giam-hoc-phi-theo-nghi-dinh-81-2021")
    assert statuses(old) == {LegalStatus.EXPIRED}
    assert old.successor.slug == "giam-70-phan-tram-hoc-phi"
    assert statuses(old.successor) & IN_FORCE
    boarding = Benefit.objects.get(slug="tien-an-nha-o-va-gao-cho-hoc-sinh-theo-nghi-dinh-116-2016")
    assert statuses(boarding) == {LegalStatus.EXPIRED}
    assert boarding.successor.slug == "tien-an-va-gao-cho-hoc-sinh-ban-tru"
    # Every named successor rests on a document in force.
    for benefit in Benefit.objects.exclude(successor=None).select_related("successor"):
        assert statuses(benefit.successor) & IN_FORCE, benefit.slug


def test_targeting_says_what_the_documents_say(seeded):
    tuition = Benefit.objects.get(slug="giam-70-phan-tram-hoc-phi")
    assert list(tuition.regions.values_list("code", flat=True)) == ["III"]
    assert tuition.for_difficult_villages
    very_small = set(EthnicGroup.objects.filter(is_very_small=True))
    assert len(very_small) == 16
    for benefit in Benefit.objects.filter(for_very_small_groups=True):
        assert set(benefit.ethnic_groups.all()) == very_small, benefit.slug
    # The free card needs a difficult area, not a commune region the sources do not name.
    card = Benefit.objects.get(slug="the-bao-hiem-y-te-mien-phi")
    assert not card.regions.exists() and not card.for_very_small_groups
    # Life situations come from the reference data, and most benefits name some.
    assert Benefit.objects.filter(life_situations__isnull=False).distinct().count() >= 15
    boarding = Benefit.objects.get(slug="tien-an-va-gao-cho-hoc-sinh-ban-tru")
    assert "con-hoc-xa-nha" in boarding.life_situations.values_list("slug", flat=True)


def test_a_benefit_page_shows_its_amount_and_legal_basis(seeded, client):
    benefit = Benefit.objects.get(slug="vay-von-lam-nha-o")
    response = client.get(benefit.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vay vốn làm nhà ở" in html
    assert "40 triệu đồng" in html


def test_seeding_twice_changes_nothing(seeded):
    def state():
        return (
            sorted(Benefit.objects.values_list("slug", "updated_at", "successor__slug")),
            Benefit.history.count(),
            sorted(BenefitAmount.objects.values_list("pk", flat=True)),
            sorted(LegalBasis.objects.values_list("pk", flat=True)),
            sorted(Benefit.life_situations.through.objects.values_list("pk", flat=True)),
        )

    before = state()
    with override_settings(DEMO=True, ALLOWED_HOSTS=["127.0.0.1", "localhost"]):
        call_command("seed_demo", stdout=io.StringIO())
    assert state() == before
