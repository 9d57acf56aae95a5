"""The admin's home page says what waits for the person logged in, over every publishable
content type: for review, returned to me with a comment, scheduled, recently published, stale,
translation coverage; another app adds a panel through the registry."""

from datetime import timedelta

import pytest
from django.contrib import admin
from django.urls import reverse
from django.utils import timezone

from accounts import roles
from tests.admin_pages import admin_url, form_fields
from tests.factories import make, publishable_models
from ubdt_portal.languages import localized_name
from ubdt_portal.publishing import home

pytestmark = pytest.mark.django_db
every_model = pytest.mark.parametrize(
    "model", publishable_models(), ids=lambda model: model._meta.label_lower
)


def workflow(model):
    return admin.site._registry[model]


def panel(html, title):
    """The text of the home page's panel titled `title`."""
    start = html.index(f">{title}</h2>")
    return html[start : html.index("</section>", start)]


def titled(model, title, **fields):
    name = localized_name(model, model.title_field, "vi") or model.title_field
    return make(model, **{name: title, **fields})


@every_model
def test_the_chief_sees_what_waits_for_review_with_links_inside_the_admin(
    client, editor, chief, model
):
    flow = workflow(model)
    waiting = titled(model, "Bài chờ trưởng ban duyệt", **{flow.state_field: flow.editor_states[1]})
    live = titled(model, "Bài đang công bố có thay đổi")
    client.force_login(editor)
    page = client.get(admin_url(model, "change", live.pk)).content.decode()
    client.post(
        admin_url(model, "change", live.pk),
        {**form_fields(page, model), "_workflow": "submit_change"},
    )
    client.force_login(chief)
    html = client.get(reverse("admin:index")).content.decode()
    waiting_panel = panel(html, "Đang chờ duyệt")
    assert "Bài chờ trưởng ban duyệt" in waiting_panel
    assert admin_url(model, "change", waiting.pk) in waiting_panel
    assert "Bài đang công bố có thay đổi" in waiting_panel
    assert "thay đổi của bản đang công bố" in waiting_panel


@every_model
def test_an_editor_sees_what_was_returned_to_them_with_the_comment(client, editor, chief, model):
    flow = workflow(model)
    item = titled(model, "Bài bị trả lại", **{flow.state_field: flow.editor_states[0]})
    other = titled(model, "Bài của người khác", **{flow.state_field: flow.editor_states[1]})
    url = admin_url(model, "change", item.pk)
    client.force_login(editor)
    page = client.get(url).content.decode()
    client.post(url, {**form_fields(page, model), "_workflow": "submit"})
    client.force_login(chief)
    for target in (item, other):
        client.post(
            admin_url(model, "change", target.pk),
            {"_workflow": "return", "_workflow_comment": "Cần bổ sung căn cứ pháp lý."},
        )
    client.force_login(editor)
    returned = panel(client.get(reverse("admin:index")).content.decode(), "Bị trả lại cho tôi")
    assert "Bài bị trả lại" in returned
    assert "Cần bổ sung căn cứ pháp lý." in returned
    assert "Bài của người khác" not in returned  # not sent by this editor


@every_model
def test_scheduled_recent_and_stale_content_and_translations(client, chief, settings, model):
    flow = workflow(model)
    settings.PUBLISHING_STALE_MONTHS = 6
    soon = timezone.now() + timedelta(days=2)
    titled(
        model, "Bài hẹn giờ", **{flow.state_field: flow.published_state, flow.schedule_field: soon}
    )
    fresh = titled(model, "Bài vừa xuất bản")
    old = titled(model, "Bài lâu chưa rà soát")
    field = model._meta.get_field(model.review_date_field)
    long_ago = timezone.now() - timedelta(days=400)
    value = long_ago if field.get_internal_type() == "DateTimeField" else long_ago.date()
    type(old)._default_manager.filter(pk=old.pk).update(**{model.review_date_field: value})
    english = localized_name(model, model.title_field, "en")
    if english:
        type(fresh)._default_manager.filter(pk=fresh.pk).update(**{english: "Just published"})

    client.force_login(chief)
    html = client.get(reverse("admin:index")).content.decode()
    assert "Bài hẹn giờ" in panel(html, "Đã lên lịch")
    assert soon.astimezone(timezone.get_current_timezone()).strftime("%d/%m/%Y") in panel(
        html, "Đã lên lịch"
    )
    assert "Bài vừa xuất bản" in panel(html, "Mới xuất bản")
    assert "Bài hẹn giờ" not in panel(html, "Mới xuất bản")
    stale = panel(html, "Chưa rà soát trong 6 tháng")
    assert "Bài lâu chưa rà soát" in stale and "Bài vừa xuất bản" not in stale
    translations = panel(html, "Bản dịch của nội dung đã công bố")
    assert "Tiếng Anh" in translations and "[en]" not in translations
    if english:
        assert "1 (50%)" in translations  # two public items, one in English


def test_who_works_on_no_content_sees_no_content_panels(client, staff):
    client.force_login(staff(roles.SYSTEM_ADMIN))
    html = client.get(reverse("admin:index")).content.decode()
    assert "Đang chờ duyệt" not in html and "home-panel" not in html


def test_another_app_adds_a_panel_through_the_registry(client, chief):
    def questions_assigned_to_me(request):
        return home.Panel(
            "Câu hỏi được giao cho tôi", [home.Entry("Câu hỏi số 7", None, "quá hạn")]
        )

    home.register(questions_assigned_to_me)
    try:
        client.force_login(chief)
        html = client.get(reverse("admin:index")).content.decode()
        assert "Câu hỏi số 7" in panel(html, "Câu hỏi được giao cho tôi")
    finally:
        home._panels.remove(questions_assigned_to_me)


def test_the_home_page_reads_a_bounded_number_of_queries(
    client, chief, django_assert_max_num_queries
):
    for model in publishable_models():
        for _n in range(6):
            make(model)
    client.force_login(chief)
    client.get(reverse("admin:index"))
    with django_assert_max_num_queries(15 + 10 * len(publishable_models())):
        client.get(reverse("admin:index"))
