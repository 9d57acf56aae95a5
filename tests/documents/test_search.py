"""The site search finds documents by words and by number, with their in-force status; the
library and the search agree."""

import pytest
from django.core.management import call_command

from documents.models import LegalDocument

pytestmark = pytest.mark.django_db


def test_site_search_finds_a_document_by_its_number_with_its_status(client, loan_decree):
    html = client.get("/tim-kiem/", {"q": "28/2022/ND-CP"}).content.decode()
    assert "28/2022/NĐ-CP — Nghị định về chính sách tín dụng ưu đãi" in html
    assert "Hết hiệu lực một phần" in html
    assert "/van-ban/?q=" in html  # the library's own list, with the query


def test_drafts_are_never_found(client, make_document):
    make_document(title_vi="Dự thảo nghị định bí mật", status="draft")
    assert "bí mật" not in client.get("/tim-kiem/", {"q": "bi mat"}).content.decode()
    assert "bí mật" not in client.get("/van-ban/", {"q": "bi mat"}).content.decode()


def test_generate_documents_makes_a_library_to_measure(client):
    call_command("generate_documents", 40)
    assert LegalDocument.objects.published().count() == 40
    assert client.get("/van-ban/", {"q": "thu nghiem"}).context["page"].paginator.count == 40
    expired = client.get("/van-ban/", {"status": "het-hieu-luc-toan-bo"}).context["page"]
    assert expired.paginator.count > 0
    call_command("generate_documents", 5)
    assert LegalDocument.objects.count() == 45


def test_the_benchmark_times_the_library_and_a_document(settings):
    from documents.demo import benchmark_pages

    settings.DEMO = True
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
    call_command("seed_demo")
    pages = benchmark_pages()
    assert "/van-ban/" in pages and any(p.startswith("/van-ban/?status=") for p in pages)
    assert LegalDocument.objects.get(document_number="81/2021/NĐ-CP").get_absolute_url() in pages
