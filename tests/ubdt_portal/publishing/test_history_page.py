"""The history of every publishable content type, readable by people: one entry per save,
local time as dd/mm/yyyy HH:MM, field names, choices and related items by name, long texts as
word differences, the workflow step with its comment, links that stay inside the admin."""

import re

import pytest
from django.conf import settings
from django.contrib import admin

from tests.admin_pages import admin_url, post_form
from tests.factories import make, publishable_models
from ubdt_portal.languages import localized_name
from ubdt_portal.publishing import drafts

pytestmark = pytest.mark.django_db
every_model = pytest.mark.parametrize(
    "model", publishable_models(), ids=lambda model: model._meta.label_lower
)


def workflow(model):
    return admin.site._registry[model]


def history_table(html):
    start = html.index('id="change-history"')
    return html[start : html.index('<p class="paginator">', start)]


@every_model
def test_the_history_says_what_each_save_changed_in_words_people_use(client, editor, model):
    flow = workflow(model)
    text = localized_name(model, model.long_text_fields[0], "vi") or model.long_text_fields[0]
    item = make(
        model,
        **{
            flow.state_field: flow.editor_states[0],
            flow.schedule_field: None,
            text: "Hộ nghèo được hỗ trợ bốn mươi triệu đồng.",
        },
    )
    changes = {text: "Hộ nghèo và hộ cận nghèo được hỗ trợ bốn mươi triệu đồng."}
    m2m = drafts.draft_m2m_names(model)[:1]
    if m2m:
        related = model._meta.get_field(m2m[0]).related_model
        chosen = list(related._default_manager.order_by("pk")[:2])
        changes[m2m[0]] = [str(obj.pk) for obj in chosen]
    client.force_login(editor)
    response = post_form(
        client,
        admin_url(model, "change", item.pk),
        model,
        _workflow="submit",
        _workflow_comment="Đã bổ sung đối tượng.",
        **changes,
    )
    assert response.status_code == 302

    table = history_table(client.get(admin_url(model, "history", item.pk)).content.decode())
    rows = re.findall(r'<tr>\s*<th scope="row"><a href="([^"]+)">([^<]+)</a>', table)
    assert len(rows) == 2  # one entry for the save, one for the creation
    for href, when in rows:
        assert href.startswith("/" + settings.ADMIN_URL)
        assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", when)
    assert re.findall(r'href="([^"]+)"', table) == [href for href, _when in rows]
    assert "Gửi duyệt: Đã bổ sung đối tượng." in table
    status_label = str(model._meta.get_field(flow.state_field).verbose_name).capitalize()
    assert status_label in table
    assert "<del>Bản nháp</del>" in table and "<ins>Chờ duyệt</ins>" in table
    assert str(drafts.label(model._meta.get_field(text))) in table
    assert any("và hộ cận" in added for added in re.findall(r"<ins>([^<]*)</ins>", table))
    if m2m:
        assert ", ".join(sorted(str(obj) for obj in chosen)) in table
    assert "Tạo mới" in table
    for raw in ("draft", "review", "[]", "chars]", "+00:00", "[vi]", "Created"):
        assert raw not in table


@every_model
def test_the_history_lists_the_workflow_steps_with_their_whole_comments(client, chief, model):
    flow = workflow(model)
    item = make(model, **{flow.state_field: flow.editor_states[1], flow.schedule_field: None})
    comment = "Cần " + "bổ sung căn cứ pháp lý cho từng đối tượng được hưởng; " * 4
    client.force_login(chief)
    client.post(
        admin_url(model, "change", item.pk), {"_workflow": "return", "_workflow_comment": comment}
    )
    html = client.get(admin_url(model, "history", item.pk)).content.decode()
    assert "Các bước duyệt và xuất bản" in html
    assert comment.strip() in html  # whole, where the revision's reason keeps 100 characters
