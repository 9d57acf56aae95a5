"""Editors keep the legal record in the admin: status history and files inline, filters by the
status readers see, by type, issuer, topic and year, and search by number."""

import pytest
from django.urls import reverse

from documents.models import StatusChange

pytestmark = pytest.mark.django_db


def admin_form(document, **changes):
    """The document's admin change form as a browser would post it back."""
    data = {
        "document_number": document.document_number,
        "document_type": document.document_type,
        "issuing_agency_vi": document.issuing_agency_vi,
        "signed_date": document.signed_date.strftime("%d/%m/%Y"),
        "title_vi": document.title_vi,
        "summary_vi": document.summary_vi,
        "slug": document.slug,
        "status": document.status,
        "last_reviewed": document.last_reviewed.strftime("%d/%m/%Y"),
    }
    for prefix in ("status_changes", "attachments"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    data.update(changes)
    return data


def test_change_form_has_translation_tabs_inlines_and_the_derived_status(admin_client, loan_decree):
    page = admin_client.get(
        reverse("admin:documents_legaldocument_change", args=[loan_decree.pk])
    ).content.decode()
    for name in ("title_vi", "title_en", "summary_hmn", "full_text_km"):
        assert f'name="{name}"' in page
    assert 'name="status_changes-0-date"' in page and 'name="status_changes-0-part_vi"' in page
    assert 'name="attachments-0-file"' in page
    assert 'name="guides"' in page
    assert "Hết hiệu lực một phần" in page  # the derived status, shown to the editor


def test_an_editor_adds_a_line_of_status_history(admin_client, loan_decree, make_document):
    cause = make_document(document_number="5/2025/NĐ-CP")
    url = reverse("admin:documents_legaldocument_change", args=[loan_decree.pk])
    data = admin_form(
        loan_decree,
        **{
            "status_changes-TOTAL_FORMS": "1",
            "status_changes-0-date": "01/07/2025",
            "status_changes-0-status": "ngung-hieu-luc",
            "status_changes-0-caused_by": str(cause.pk),
            "status_changes-0-part_vi": "Điều 14",
            "status_changes-0-document": str(loan_decree.pk),
        },
    )
    data["status_changes-INITIAL_FORMS"] = "0"
    # The fixture's two history lines are not in this form: they stay as they are.
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    change = StatusChange.objects.get(document=loan_decree, caused_by=cause)
    assert (change.status, change.part) == ("ngung-hieu-luc", "Điều 14")


def test_changelist_filters_and_search_by_number(admin_client, loan_decree, make_document):
    make_document(title_vi="Văn bản khác", document_number="77/2020/TT-BTC")
    url = reverse("admin:documents_legaldocument_changelist")
    page = admin_client.get(f"{url}?q=28/2022").content.decode()
    assert "28/2022/NĐ-CP" in page and "77/2020/TT-BTC" not in page
    page = admin_client.get(url).content.decode()
    for parameter in (
        "status__exact",
        "legal_status=",
        "document_type__exact",
        "issuing_agency",
        "topics__id__exact",
        "year=",
    ):
        assert parameter in page, parameter
    page = admin_client.get(f"{url}?legal_status=het-hieu-luc-mot-phan").content.decode()
    assert "28/2022/NĐ-CP" in page and "77/2020/TT-BTC" not in page
    assert admin_client.get(f"{url}?legal_status=bogus").status_code in (200, 302)
    assert admin_client.get(f"{url}?year=２０２２").status_code in (200, 302)
