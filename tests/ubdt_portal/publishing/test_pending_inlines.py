"""A change to a published item carries the rows of its inlines (a benefit's amounts and legal
basis, an answer's citations, a document's status history), for every inline a draft holds: the
public keeps the live rows, the preview and the change form show the draft's, the editor-in-chief
sees them change and approves exactly that, each row saved or deleted on its own. Inlines holding
files stay out of drafts: on a live item an editor cannot change them, even by forging the form."""

import re

import pytest
from django.contrib import admin
from django.core.files.base import ContentFile
from django.db.models.signals import post_delete, post_save
from django.forms.models import _get_foreign_key
from django.utils.html import escape

from documents.models import DocumentAttachment, LegalDocument
from tests.admin_pages import admin_url, form_fields
from tests.factories import INLINE_ROWS, make, publishable_models
from ubdt_portal.publishing import drafts
from ubdt_portal.publishing.models import PendingChange

pytestmark = pytest.mark.django_db


def drafted_inlines():
    """(content type, inline admin class) for every inline a draft carries."""
    return [
        (model, inline)
        for model in publishable_models()
        for inline in admin.site._registry[model].inlines
        if not drafts.holds_files(inline.model)
    ]


every_inline = pytest.mark.parametrize(
    ("model", "inline"),
    drafted_inlines(),
    ids=lambda value: value._meta.label_lower if hasattr(value, "_meta") else value.__name__,
)


class Rows:
    """The rows of one inline of `item`: made as the factories say, and read back."""

    def __init__(self, item, inline):
        self.item, self.model = item, inline.model
        self.fk = _get_foreign_key(type(item), inline.model, fk_name=inline.fk_name)
        self.prefix = self.fk.remote_field.get_accessor_name()
        self.values, self.text, self.texts = INLINE_ROWS[inline.model._meta.label_lower]

    def make(self, text):
        return self.model.objects.create(**{self.fk.name: self.item, **self.values(text)})

    def live_texts(self):
        rows = self.model.objects.filter(**{self.fk.name: self.item})
        return sorted(getattr(row, self.text) for row in rows)

    def new_form(self, data, text):
        """`data` (a posted form) with one more row of this inline, written as `text`."""
        index = int(data[f"{self.prefix}-TOTAL_FORMS"])
        values = {
            name: getattr(value, "pk", value).__str__() for name, value in self.values(text).items()
        }
        return {
            **data,
            f"{self.prefix}-TOTAL_FORMS": str(index + 1),
            **{f"{self.prefix}-{index}-{name}": value for name, value in values.items()},
        }

    def index_of(self, data, row):
        for key, value in data.items():
            match = re.fullmatch(rf"{self.prefix}-(\d+)-id", key)
            if match and value == str(row.pk):
                return int(match.group(1))
        raise AssertionError(f"no form of row {row.pk}")


def page(client, item):
    return client.get(admin_url(type(item), "change", item.pk)).content.decode()


def public_text(client, item):
    return client.get(item.get_absolute_url()).content.decode()


def preview_text(client, item):
    return client.get(item.get_preview_url()).content.decode()


def approve(client, item):
    token = form_fields(page(client, item), type(item))["_change_token"]
    url = admin_url(type(item), "change", item.pk)
    return client.post(url, {"_workflow": "approve_change", "_change_token": token})


@every_inline
def test_an_editors_change_to_a_row_waits_and_goes_live_once_approved(
    client, editor, chief, model, inline
):
    item = make(model)
    rows = Rows(item, inline)
    old, new, _other = rows.texts
    row = rows.make(old)
    url = admin_url(model, "change", item.pk)
    client.force_login(editor)
    data = form_fields(page(client, item), model)
    index = rows.index_of(data, row)
    response = client.post(url, {**data, f"{rows.prefix}-{index}-{rows.text}": new})
    assert response.status_code == 302

    assert rows.live_texts() == [old]
    assert old in public_text(client, item) and new not in public_text(client, item)
    assert new in preview_text(client, item) and old not in preview_text(client, item)
    # The editor sees and keeps editing their own draft.
    data = form_fields(page(client, item), model)
    assert data[f"{rows.prefix}-{index}-{rows.text}"] == new
    assert data[f"{rows.prefix}-{index}-id"] == str(row.pk)

    client.force_login(chief)
    shown = page(client, item)
    assert f"<del>{escape(old)}</del>" in shown and f"<ins>{escape(new)}</ins>" in shown
    assert str(drafts.label(inline.model._meta.get_field(rows.text))) in shown
    # Saved again after the chief opened the page: what the chief saw is not approved.
    token = form_fields(shown, model)["_change_token"]
    client.force_login(editor)
    data = form_fields(page(client, item), model)
    client.post(url, {**data, f"{rows.prefix}-{index}-{rows.text}": new + " nữa"})
    client.force_login(chief)
    client.post(url, {"_workflow": "approve_change", "_change_token": token})
    assert rows.live_texts() == [old]

    assert approve(client, item).status_code == 302
    assert rows.live_texts() == [new + " nữa"]
    assert rows.model.objects.get(**{rows.fk.name: item}).pk == row.pk  # changed, not replaced
    assert PendingChange.of(item) is None
    assert item.history.count() == 2  # one revision, for the approval
    assert new + " nữa" in public_text(client, item)


@every_inline
def test_rows_added_and_deleted_through_a_draft(client, editor, chief, model, inline):
    item = make(model)
    rows = Rows(item, inline)
    kept_text, deleted_text, added_text = rows.texts
    kept, deleted = rows.make(kept_text), rows.make(deleted_text)
    url = admin_url(model, "change", item.pk)
    client.force_login(editor)
    data = form_fields(page(client, item), model)
    data[f"{rows.prefix}-{rows.index_of(data, deleted)}-DELETE"] = "on"
    response = client.post(url, rows.new_form(data, added_text))
    assert response.status_code == 302
    assert rows.live_texts() == sorted([kept_text, deleted_text])

    # The form shows the draft: the kept row, the new one filled in, not the deleted one; saved
    # again as it is, the draft keeps them.
    for _save in range(2):
        data = form_fields(page(client, item), model)
        assert data[f"{rows.prefix}-INITIAL_FORMS"] == "1"
        assert data[f"{rows.prefix}-0-id"] == str(kept.pk)
        assert data[f"{rows.prefix}-1-{rows.text}"] == added_text
        assert deleted_text not in data.values()
        assert client.post(url, data).status_code == 302
    drafted = PendingChange.of(item).data["inlines"][rows.prefix]
    assert [row["pk"] for row in drafted] == [kept.pk, None]
    assert "muốn bỏ một dòng khỏi thay đổi, hãy xoá trống các ô" in page(client, item)

    preview = preview_text(client, item)
    assert kept_text in preview and added_text in preview and deleted_text not in preview
    assert deleted_text in public_text(client, item)

    client.force_login(chief)
    shown = page(client, item)
    assert f"<del>{escape(str(deleted))}</del>" in shown
    added = drafts.draft_rows(rows.fk, item, [], drafted[1:])[0]
    assert getattr(added, rows.text) == added_text
    assert f"<ins>{escape(str(added))}</ins>" in shown

    # Approving saves and deletes row by row: their signals fire.
    seen = []

    def saved(sender, instance, created, **kwargs):
        seen.append(("saved", created, getattr(instance, rows.text)))

    def removed(sender, instance, **kwargs):
        seen.append(("deleted", instance.pk))

    post_save.connect(saved, sender=rows.model)
    post_delete.connect(removed, sender=rows.model)
    try:
        assert approve(client, item).status_code == 302
    finally:
        post_save.disconnect(saved, sender=rows.model)
        post_delete.disconnect(removed, sender=rows.model)
    assert sorted(seen, key=str) == [("deleted", deleted.pk), ("saved", True, added_text)]
    assert rows.live_texts() == sorted([kept_text, added_text])
    public = public_text(client, item)
    assert added_text in public and deleted_text not in public
    assert item.history.count() == 2


PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.mark.usefixtures("media_in_tmp")
def test_files_of_a_live_item_stay_out_of_drafts(client, editor, chief):
    document = make(LegalDocument)
    attachment = DocumentAttachment.objects.create(
        document=document, title_vi="Toàn văn", file=ContentFile(PDF_BYTES, name="toan-van.pdf")
    )
    url = admin_url(LegalDocument, "change", document.pk)
    client.force_login(editor)
    shown = page(client, document)
    assert "không thuộc bản sửa chờ duyệt" in shown
    data = form_fields(shown, LegalDocument)
    assert "attachments-0-title_vi" not in data  # read-only

    # A forged form: the attachment renamed and deleted, another one added.
    forged = {
        **data,
        "title_vi": "Tiêu đề sửa",
        "attachments-TOTAL_FORMS": "2",
        "attachments-INITIAL_FORMS": "1",
        "attachments-0-id": str(attachment.pk),
        "attachments-0-title_vi": "Tên giả",
        "attachments-0-order": "0",
        "attachments-0-DELETE": "on",
        "attachments-1-title_vi": "Tệp giả",
        "attachments-1-order": "0",
        "attachments-1-file": ContentFile(PDF_BYTES, name="gia.pdf"),
    }
    response = client.post(url, forged)
    assert response.status_code in (302, 403)
    assert list(DocumentAttachment.objects.filter(document=document)) == [attachment]
    assert DocumentAttachment.objects.get().title_vi == "Toàn văn"
    pending = PendingChange.of(document)
    assert pending is not None and "attachments" not in pending.data["inlines"]

    client.force_login(chief)
    assert "không thuộc bản sửa chờ duyệt" in page(client, document)  # a change waits
    assert approve(client, document).status_code == 302
    assert list(DocumentAttachment.objects.filter(document=document)) == [attachment]
    assert DocumentAttachment.objects.get().title_vi == "Toàn văn"


def test_the_approval_token_covers_the_rows(client, editor, chief):
    from policies.admin import AmountInline
    from policies.models import Benefit

    item = make(Benefit)
    rows = Rows(item, AmountInline)
    row = rows.make("40 triệu đồng")
    url = admin_url(Benefit, "change", item.pk)
    client.force_login(editor)
    data = form_fields(page(client, item), Benefit)
    client.post(url, {**data, "amounts-0-amount_vi": "50 triệu đồng"})
    client.force_login(chief)
    token = form_fields(page(client, item), Benefit)["_change_token"]
    # The rows change without the draft's time changing (an update skips auto_now).
    pending = PendingChange.of(item)
    pending.data["inlines"]["amounts"][0]["fields"]["amount_vi"] = "90 triệu đồng"
    PendingChange.objects.filter(pk=pending.pk).update(data=pending.data)

    client.post(url, {"_workflow": "approve_change", "_change_token": token})
    row.refresh_from_db()
    assert row.amount_vi == "40 triệu đồng"
    assert PendingChange.of(item) is not None


def test_a_row_added_in_a_draft_is_taken_out_by_emptying_it(client, editor):
    from policies.admin import AmountInline
    from policies.models import Benefit

    item = make(Benefit)
    rows = Rows(item, AmountInline)
    url = admin_url(Benefit, "change", item.pk)
    client.force_login(editor)
    client.post(url, rows.new_form(form_fields(page(client, item), Benefit), "15 kg gạo"))
    data = form_fields(page(client, item), Benefit)
    assert data["amounts-0-amount_vi"] == "15 kg gạo"
    emptied = {key: "" for key in data if re.fullmatch(r"amounts-0-(amount|period)_\w+", key)}
    assert client.post(url, {**data, **emptied}).status_code == 302
    assert PendingChange.of(item).data["inlines"]["amounts"] == []
    assert "hãy xoá trống các ô" not in page(client, item)
