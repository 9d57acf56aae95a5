import pytest
from django.core.management import call_command

from policies.demo import benchmark_pages
from policies.models import Benefit

pytestmark = pytest.mark.django_db


def test_generate_benefits_makes_searchable_published_benefits(client, make_document):
    make_document()
    call_command("generate_benefits", 25)
    assert Benefit.objects.published().count() == 25
    assert all(b.amounts.exists() and b.legal_basis.exists() for b in Benefit.objects.all())
    response = client.get("/chinh-sach/", {"q": "thu nghiem"})
    assert response.context["page"].paginator.count == 25
    call_command("generate_benefits", 5)
    assert Benefit.objects.count() == 30


def test_benchmark_pages_answer(client, make_benefit):
    make_benefit()
    for url in benchmark_pages():
        assert client.get(url).status_code == 200, url
