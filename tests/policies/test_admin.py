"""Editors write benefits in the admin: translation tabs, amounts, the legal basis chosen from
the documents, recordings; the list says whether each applies now."""

from datetime import date

import pytest
from django.urls import reverse

from policies.models import Benefit

pytestmark = pytest.mark.django_db


def test_change_form_has_translation_tabs_and_inlines(admin_client, housing_benefit):
    page = admin_client.get(
        reverse("admin:policies_benefit_change", args=[housing_benefit.pk])
    ).content.decode()
    for name in ("title_vi", "title_en", "who_in_one_line_hmn", "steps_km", "papers_bdq"):
        assert f'name="{name}"' in page
    assert 'name="amounts-0-amount_vi"' in page
    assert 'name="legal_basis-0-document"' in page
    assert "admin-autocomplete" in page  # documents are looked up, not listed in full
    assert 'name="recordings-0-file"' in page
    assert "Đang áp dụng" in page  # the derived value, shown to the editor


def form_data(**changes):
    data = {
        "title_vi": "Tiền ăn cho học sinh bán trú",
        "who_in_one_line_vi": "Học sinh bán trú ở xã, thôn đặc biệt khó khăn",
        "summary_vi": "Học sinh được hỗ trợ tiền ăn và gạo.",
        "slug": "",
        "status": "draft",
        "last_reviewed": "25/11/2026",
        "amounts-TOTAL_FORMS": "1",
        "amounts-INITIAL_FORMS": "0",
        "amounts-0-amount_vi": "15 kg gạo",
        "amounts-0-period_vi": "mỗi tháng",
        "amounts-0-order": "0",
        "legal_basis-TOTAL_FORMS": "0",
        "legal_basis-INITIAL_FORMS": "0",
        "recordings-TOTAL_FORMS": "0",
        "recordings-INITIAL_FORMS": "0",
    }
    data.update(changes)
    return data


def test_an_editor_adds_a_benefit_with_its_amount_and_legal_basis(admin_client, make_document):
    document = make_document(document_number="66/2025/NĐ-CP", signed_date=date(2025, 3, 12))
    response = admin_client.post(
        reverse("admin:policies_benefit_add"),
        form_data(
            **{
                "legal_basis-TOTAL_FORMS": "1",
                "legal_basis-0-document": str(document.pk),
                "legal_basis-0-articles": "Điều 5",
                "legal_basis-0-order": "0",
            }
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    benefit = Benefit.objects.get()
    assert benefit.slug == "tien-an-cho-hoc-sinh-ban-tru"
    assert [str(a) for a in benefit.amounts.all()] == ["15 kg gạo mỗi tháng"]
    assert benefit.legal_basis.get().document == document


def test_the_document_lookup_finds_documents_by_number(admin_client, make_document):
    make_document(document_number="28/2022/NĐ-CP")
    url = reverse("admin:autocomplete")
    response = admin_client.get(
        url,
        {
            "term": "28/2022",
            "app_label": "policies",
            "model_name": "legalbasis",
            "field_name": "document",
        },
    )
    assert response.status_code == 200
    assert [r["text"].split(" — ")[0] for r in response.json()["results"]] == ["28/2022/NĐ-CP"]


def test_changelist_says_whether_each_benefit_applies_and_filters_by_it(admin_client, make_benefit):
    make_benefit(title_vi="Đang có", last_reviewed=date(2026, 1, 1))
    make_benefit(title_vi="Đã hết", ends_on=date(2020, 1, 1))
    url = reverse("admin:policies_benefit_changelist")
    page = admin_client.get(url).content.decode()
    assert "Đang áp dụng" in page and "Đã kết thúc" in page
    page = admin_client.get(url, {"applies": "da-ket-thuc"}).content.decode()
    assert "Đã hết" in page and "Đang có" not in page


def test_a_legal_basis_row_costs_only_the_autocompletes_own_query(
    admin_client, make_benefit, make_document
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_for(rows):
        documents = [make_document(document_number=f"{n}/2026/NĐ-CP") for n in range(rows)]
        benefit = make_benefit(basis=[(document, "Điều 1") for document in documents])
        url = reverse("admin:policies_benefit_change", args=[benefit.pk])
        admin_client.get(url)  # caches filled
        with CaptureQueriesContext(connection) as captured:
            response = admin_client.get(url)
        assert response.status_code == 200
        assert f"Điều 1 {documents[-1].document_number}" in response.content.decode()
        return len(captured)

    # Django's autocomplete widget looks up each row's chosen document (one query a row);
    # naming the row by its document costs nothing more.
    assert queries_for(4) - queries_for(1) <= 3
