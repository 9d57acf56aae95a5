"""Live content stays live while a change to it is reviewed, for every publishable content type:
an edit of a published item (or the restoring of an old revision) is kept beside it; the public
page and search keep the published version, the preview shows the change, the editor-in-chief
sees what changes (field by field, long texts word by word) and approves exactly that."""

import re

import pytest
from django.contrib import admin

from tests.admin_pages import admin_url, form_fields, post_form, revision_url
from tests.factories import make, publishable_models
from ubdt_portal.languages import localized_name
from ubdt_portal.publishing import drafts
from ubdt_portal.publishing.models import PendingChange, WorkflowEvent

pytestmark = pytest.mark.django_db
every_model = pytest.mark.parametrize(
    "model", publishable_models(), ids=lambda model: model._meta.label_lower
)

OLD_TEXT = "Hộ nghèo được hỗ trợ bốn mươi triệu đồng để làm nhà ở."
NEW_TEXT = "Hộ nghèo và hộ cận nghèo được hỗ trợ bốn mươi triệu đồng để làm nhà ở."


def workflow(model):
    return admin.site._registry[model]


def stored(item):
    return type(item)._default_manager.get(pk=item.pk)


def title_in(model, language):
    return localized_name(model, model.title_field, language) or model.title_field


def long_text(model):
    """A long text of the model, in Vietnamese."""
    field = model.long_text_fields[0]
    return localized_name(model, field, "vi") or field


def m2m_choice(model):
    """A many-to-many field of the model and two objects to choose in it (None if none)."""
    for name in drafts.draft_m2m_names(model):
        related = model._meta.get_field(name).related_model
        chosen = list(related._default_manager.order_by("pk")[:2])
        if len(chosen) == 2:
            return name, chosen
    return None, []


def edited(client, item, **changes):
    return post_form(client, admin_url(type(item), "change", item.pk), type(item), **changes)


def public_text(client, item):
    return client.get(item.get_absolute_url()).content.decode()


@every_model
def test_an_editors_change_to_a_published_item_waits_beside_it(client, editor, model):
    item = make(model, **{title_in(model, "vi"): "Tiêu đề đang công bố"})
    m2m, chosen = m2m_choice(model)
    client.force_login(editor)
    page = client.get(admin_url(model, "change", item.pk)).content.decode()
    assert 'name="_save"' in page
    assert "Nội dung này đang được công bố" in page
    assert workflow(model).state_field not in form_fields(page, model)

    changes = {
        title_in(model, "vi"): "Tiêu đề sửa chờ duyệt",
        title_in(model, "en"): "A title waiting for approval",
    }
    if m2m:
        changes[m2m] = [str(obj.pk) for obj in chosen]
    response = edited(client, item, **changes)
    assert response.status_code == 302

    live = stored(item)
    assert getattr(live, title_in(model, "vi")) == "Tiêu đề đang công bố"
    assert getattr(live, title_in(model, "en")) in ("", None)
    if m2m:
        assert list(getattr(live, m2m).all()) == []
    assert item.history.count() == 1  # the live row was not saved
    assert "Tiêu đề đang công bố" in public_text(client, item)
    assert "Tiêu đề sửa chờ duyệt" not in public_text(client, item)
    search = client.get("/tim-kiem/", {"q": "Tiêu đề"}).content.decode()
    assert "Tiêu đề sửa chờ duyệt" not in search

    pending = PendingChange.of(item)
    assert pending.author == editor and not pending.submitted
    assert WorkflowEvent.of(item).get().action == "change_saved"
    # The preview and the change form show the change.
    preview = client.get(item.get_preview_url()).content.decode()
    assert "Tiêu đề sửa chờ duyệt" in preview
    assert "chờ duyệt" in preview  # the banner says it is not public
    form = form_fields(client.get(admin_url(model, "change", item.pk)).content.decode(), model)
    assert form[title_in(model, "vi")] == "Tiêu đề sửa chờ duyệt"
    assert form[title_in(model, "en")] == "A title waiting for approval"
    if m2m:
        assert sorted(form[m2m]) == sorted(str(obj.pk) for obj in chosen)


@every_model
def test_the_chief_sees_what_changes_and_approves_exactly_that(client, editor, chief, model):
    text = long_text(model)
    item = make(model, **{text: OLD_TEXT, title_in(model, "vi"): "Tiêu đề cũ"})
    m2m, chosen = m2m_choice(model)
    client.force_login(editor)
    changes = {text: NEW_TEXT, title_in(model, "vi"): "Tiêu đề mới", "_workflow": "submit_change"}
    if m2m:
        changes[m2m] = [str(chosen[0].pk)]
    assert edited(client, item, **changes).status_code == 302
    assert PendingChange.of(item).submitted

    client.force_login(chief)
    page = client.get(admin_url(model, "change", item.pk)).content.decode()
    assert "Những gì thay đổi" in page
    assert str(drafts.label(model._meta.get_field(text))) in page  # "… (tiếng Việt)"
    # Word by word: what was added is marked, not the whole text again.
    added = re.findall(r"<ins>([^<]*)</ins>", page)
    assert any("và hộ cận" in words for words in added)
    assert not any("bốn mươi" in words for words in added)
    assert "<del>Tiêu đề cũ</del>" in page and "<ins>Tiêu đề mới</ins>" in page
    if m2m:
        assert f"<ins>{chosen[0]}</ins>" in page
    token = form_fields(page, model)["_change_token"]

    # The editor saves again after the chief opened the page: approving what was seen fails.
    client.force_login(editor)
    assert edited(client, item, **{title_in(model, "vi"): "Tiêu đề khác nữa"}).status_code == 302
    client.force_login(chief)
    url = admin_url(model, "change", item.pk)
    response = client.post(url, {"_workflow": "approve_change", "_change_token": token})
    assert response.status_code == 302
    assert "hãy xem lại trước khi duyệt" in client.get(url).content.decode()
    assert getattr(stored(item), title_in(model, "vi")) == "Tiêu đề cũ"

    page = client.get(url).content.decode()
    token = form_fields(page, model)["_change_token"]
    response = client.post(url, {"_workflow": "approve_change", "_change_token": token})
    assert response.status_code == 302
    live = stored(item)
    assert getattr(live, title_in(model, "vi")) == "Tiêu đề khác nữa"
    assert getattr(live, text) == NEW_TEXT
    if m2m:
        assert list(getattr(live, m2m).all()) == [chosen[0]]
    assert getattr(live, workflow(model).state_field) == workflow(model).published_state
    assert PendingChange.of(item) is None
    assert item.history.count() == 2  # one revision for the approval
    assert item.history.first().history_user == chief
    assert "Tiêu đề khác nữa" in public_text(client, item)


@every_model
def test_the_chief_returns_a_change_with_a_comment(client, editor, chief, model):
    item = make(model)
    client.force_login(editor)
    edited(client, item, **{title_in(model, "vi"): "Tiêu đề sửa", "_workflow": "submit_change"})
    client.force_login(chief)
    url = admin_url(model, "change", item.pk)
    comment = "Tiêu đề phải nêu số hiệu văn bản."
    response = client.post(url, {"_workflow": "return_change", "_workflow_comment": comment})
    assert response.status_code == 302
    assert not PendingChange.of(item).submitted
    client.force_login(editor)
    page = client.get(url).content.decode()
    assert comment in page and "Bị trả lại kèm nhận xét" in page
    assert 'value="submit_change"' in page


@every_model
@pytest.mark.parametrize("role", ["editor", "chief"])
def test_restoring_a_revision_of_a_published_item_makes_a_change_to_approve(
    client, request, model, role
):
    item = make(model, **{title_in(model, "vi"): "Tiêu đề lần đầu"})
    first = item.history.first()
    setattr(item, title_in(model, "vi"), "Tiêu đề hiện nay")
    item.save()
    client.force_login(request.getfixturevalue(role))

    response = post_form(client, revision_url(item, first), model)
    assert response.status_code == 302
    assert getattr(stored(item), title_in(model, "vi")) == "Tiêu đề hiện nay"
    assert item.history.count() == 2
    assert "Tiêu đề hiện nay" in public_text(client, item)
    page = client.get(admin_url(model, "change", item.pk)).content.decode()
    assert form_fields(page, model)[title_in(model, "vi")] == "Tiêu đề lần đầu"


@every_model
def test_a_deleted_items_pending_change_goes_with_it(client, editor, model):
    item = make(model)
    client.force_login(editor)
    edited(client, item, **{title_in(model, "vi"): "Tiêu đề sửa"})
    assert PendingChange.of(item) is not None
    pk = item.pk
    item.delete()
    assert not PendingChange.objects.filter(object_id=pk).exists()
