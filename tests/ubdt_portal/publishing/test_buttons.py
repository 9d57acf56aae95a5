"""The workflow as buttons on the change form of every publishable content type: each shown
only to whom it applies, each checked on the server whatever is posted, each recorded in the
history with its comment; the editor reads the comment of what was returned to them."""

import re
from datetime import timedelta

import pytest
from django.contrib import admin
from django.utils import timezone

from tests.admin_pages import admin_url, form_fields
from tests.factories import make, publishable_models
from ubdt_portal.publishing.models import WorkflowEvent

pytestmark = pytest.mark.django_db
every_model = pytest.mark.parametrize(
    "model", publishable_models(), ids=lambda model: model._meta.label_lower
)


def workflow(model):
    return admin.site._registry[model]


def in_state(model, state, publish_at=None):
    flow = workflow(model)
    return make(model, **{flow.state_field: state, flow.schedule_field: publish_at})


def stored(item):
    return type(item)._default_manager.get(pk=item.pk)


def state(item):
    return getattr(stored(item), workflow(type(item)).state_field)


def buttons(html):
    """{value: label} of the workflow buttons on a page."""
    pattern = r'<button type="submit" name="_workflow" value="(\w+)"[^>]*>([^<]*)<'
    return dict(re.findall(pattern, html))


def press(client, item, button, comment="", **changes):
    """Open the item's change form and press one of its workflow buttons."""
    url = admin_url(type(item), "change", item.pk)
    data = form_fields(client.get(url).content.decode(), type(item))
    data.update(changes, _workflow=button, _workflow_comment=comment)
    return client.post(url, {name: value for name, value in data.items() if value is not None})


def is_public(item):
    return type(item).objects.published().filter(pk=item.pk).exists()


@every_model
def test_an_editor_sends_a_draft_for_review_and_sees_no_other_button(client, editor, model):
    flow = workflow(model)
    item = in_state(model, flow.editor_states[0])
    client.force_login(editor)
    page = client.get(admin_url(model, "change", item.pk)).content.decode()
    assert buttons(page) == {"submit": "Gửi duyệt"}

    response = press(client, item, "submit", comment="Nhờ anh xem giúp phần đối tượng.")
    assert response.status_code == 302
    assert state(item) == flow.editor_states[1]
    revision = item.history.first()
    assert revision.history_user == editor
    assert revision.history_change_reason == "Gửi duyệt: Nhờ anh xem giúp phần đối tượng."
    event = WorkflowEvent.of(item).get()
    assert (event.action, event.user, event.comment) == (
        "submitted",
        editor,
        "Nhờ anh xem giúp phần đối tượng.",
    )
    # In review, nothing more for the editor to press.
    assert buttons(client.get(admin_url(model, "change", item.pk)).content.decode()) == {}


@every_model
@pytest.mark.parametrize("button", ["publish", "schedule", "return", "unpublish", "approve_change"])
def test_an_editor_who_forges_a_chiefs_button_gets_403(client, editor, model, button):
    flow = workflow(model)
    item = in_state(model, flow.editor_states[1])
    client.force_login(editor)
    later = timezone.localtime() + timedelta(days=1)
    response = press(
        client,
        item,
        button,
        comment="x",
        **{
            f"{flow.schedule_field}_0": later.strftime("%d/%m/%Y"),
            f"{flow.schedule_field}_1": later.strftime("%H:%M:%S"),
        },
    )
    assert response.status_code == 403
    assert state(item) == flow.editor_states[1]
    assert not is_public(item)
    assert item.history.count() == 1
    assert not WorkflowEvent.of(item).exists()


@every_model
def test_the_chief_returns_an_item_with_a_comment_the_editor_reads(client, editor, chief, model):
    flow = workflow(model)
    item = in_state(model, flow.editor_states[1])
    client.force_login(chief)
    page = client.get(admin_url(model, "change", item.pk)).content.decode()
    assert buttons(page) == {
        "publish": "Duyệt và xuất bản",
        "schedule": "Lên lịch",
        "return": "Trả lại",
    }

    # Returning says why, or it does not happen.
    response = press(client, item, "return")
    assert response.status_code == 302
    assert state(item) == flow.editor_states[1]
    page = client.get(response.url).content.decode()
    assert "Hãy ghi rõ biên tập viên cần sửa gì." in page

    comment = "Thiếu điều kiện hưởng; bổ sung theo Điều 3 của quyết định."
    assert press(client, item, "return", comment=comment).status_code == 302
    assert state(item) == flow.editor_states[0]
    assert item.history.first().history_change_reason.startswith("Trả lại: Thiếu điều kiện")

    client.force_login(editor)
    page = client.get(admin_url(model, "change", item.pk)).content.decode()
    assert "Bị trả lại kèm nhận xét" in page
    assert comment in page
    assert buttons(page) == {"submit": "Gửi duyệt"}
    # Once sent again, the old comment no longer shows as the last word.
    press(client, item, "submit")
    assert comment not in client.get(admin_url(model, "change", item.pk)).content.decode()


@every_model
def test_the_chief_publishes_schedules_and_takes_down_with_buttons(client, chief, model):
    flow = workflow(model)
    client.force_login(chief)

    item = in_state(model, flow.editor_states[1])
    assert press(client, item, "publish").status_code == 302
    assert is_public(item)
    assert buttons(client.get(admin_url(model, "change", item.pk)).content.decode()) == {
        "submit_change": "Gửi duyệt",
        "unpublish": "Gỡ xuống",
    }
    assert press(client, item, "unpublish", comment="Văn bản hết hiệu lực.").status_code == 302
    assert state(item) == flow.withdrawn_state and not is_public(item)
    assert item.history.first().history_change_reason == "Gỡ xuống: Văn bản hết hiệu lực."

    # Scheduling needs a time in the future: said beside the field, nothing changes.
    other = in_state(model, flow.editor_states[1])
    response = press(client, other, "schedule")
    assert response.status_code == 200
    assert "Để lên lịch, hãy nhập thời điểm xuất bản trong tương lai." in response.content.decode()
    assert state(other) == flow.editor_states[1]
    later = timezone.localtime() + timedelta(days=2)
    response = press(
        client,
        other,
        "schedule",
        **{
            f"{flow.schedule_field}_0": later.strftime("%d/%m/%Y"),
            f"{flow.schedule_field}_1": later.strftime("%H:%M:%S"),
        },
    )
    assert response.status_code == 302
    assert state(other) == flow.published_state and not is_public(other)
    actions = list(WorkflowEvent.of(item).values_list("action", flat=True))
    assert actions == ["unpublished", "published"]
    assert WorkflowEvent.of(other).get().action == "scheduled"


@every_model
def test_the_add_form_offers_the_buttons_of_each_role(client, editor, chief, model):
    client.force_login(editor)
    assert buttons(client.get(admin_url(model, "add")).content.decode()) == {"submit": "Gửi duyệt"}
    client.force_login(chief)
    assert set(buttons(client.get(admin_url(model, "add")).content.decode())) == {
        "submit",
        "publish",
        "schedule",
    }
