"""The publishing workflow of every publishable content type, as its PublishingAdmin declares it:
editors set the editor states only, whatever they post; what is live is read-only for them; the
editor-in-chief publishes, schedules, withdraws and archives."""

from datetime import timedelta

import pytest
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from tests.admin_pages import admin_url, form_fields, offered_choices, post_form
from tests.factories import make, publishable_models
from ubdt_portal.publishing.admin import PublishingAdmin

pytestmark = pytest.mark.django_db
every_model = pytest.mark.parametrize(
    "model", publishable_models(), ids=lambda model: model._meta.label_lower
)


def workflow(model):
    """The model's registered admin: its states and fields."""
    return admin.site._registry[model]


def in_state(model, state, publish_at=None):
    flow = workflow(model)
    return make(model, **{flow.state_field: state, flow.schedule_field: publish_at})


def stored_state(item):
    flow = workflow(type(item))
    return type(item)._default_manager.values_list(flow.state_field, flat=True).get(pk=item.pk)


def is_published(item):
    return type(item).objects.published().filter(pk=item.pk).exists()


@every_model
def test_every_publishable_model_is_administered_by_a_publishing_admin(model):
    assert isinstance(workflow(model), PublishingAdmin)


@every_model
def test_an_editor_sets_only_the_editor_states_whatever_the_form_posts(client, editor, model):
    flow = workflow(model)
    draft, review = flow.editor_states[:2]
    item = in_state(model, draft)
    url = admin_url(model, "change", item.pk)
    client.force_login(editor)

    page = client.get(url).content.decode()
    assert set(offered_choices(page, flow.state_field)) == {str(s) for s in flow.editor_states}
    form = form_fields(page, model)
    assert f"{flow.schedule_field}_0" not in form  # shown, not editable

    response = client.post(url, {**form, flow.state_field: review})
    assert response.status_code == 302
    assert stored_state(item) == review

    later = timezone.localtime() + timedelta(days=1)
    response = client.post(
        url,
        {
            **form,
            flow.state_field: flow.published_state,
            f"{flow.schedule_field}_0": later.strftime("%d/%m/%Y"),
            f"{flow.schedule_field}_1": later.strftime("%H:%M:%S"),
        },
    )
    assert response.status_code == 200  # the form refuses the choice
    assert stored_state(item) == review
    assert getattr(type(item).objects.get(pk=item.pk), flow.schedule_field) is None


@every_model
def test_an_editor_has_no_publish_actions_and_posting_them_changes_nothing(client, editor, model):
    flow = workflow(model)
    in_review = in_state(model, flow.editor_states[1])
    published = make(model)
    changelist = admin_url(model, "changelist")
    client.force_login(editor)

    page = client.get(changelist).content.decode()
    for action in ("publish_selected", "withdraw_selected", "archive_selected"):
        assert action not in page
        for item in (in_review, published):
            client.post(changelist, {"action": action, "_selected_action": [item.pk]})
    assert stored_state(in_review) == flow.editor_states[1]
    assert stored_state(published) == flow.published_state
    assert not is_published(in_review) and is_published(published)


@every_model
def test_the_editor_in_chief_publishes_withdraws_and_archives(client, chief, model):
    flow = workflow(model)
    scheduled = in_state(model, flow.published_state, timezone.now() + timedelta(days=3))
    in_review = in_state(model, flow.editor_states[1])
    changelist = admin_url(model, "changelist")
    client.force_login(chief)
    selected = [in_review.pk, scheduled.pk]

    client.post(changelist, {"action": "publish_selected", "_selected_action": selected})
    assert is_published(in_review) and is_published(scheduled)  # now, not in three days
    assert in_review.history.first().history_change_reason == flow._state_label(
        flow.published_state
    )
    client.post(changelist, {"action": "withdraw_selected", "_selected_action": selected})
    assert stored_state(in_review) == stored_state(scheduled) == flow.withdrawn_state
    assert not is_published(in_review)
    client.post(changelist, {"action": "archive_selected", "_selected_action": selected})
    assert stored_state(in_review) == flow.archived_state
    assert not is_published(in_review)
    assert in_review.history.count() == 4  # each change is a revision


@every_model
def test_the_editor_in_chief_schedules_a_publication(client, chief, model):
    flow = workflow(model)
    item = in_state(model, flow.editor_states[1])
    later = timezone.localtime() + timedelta(days=2)
    client.force_login(chief)

    response = post_form(
        client,
        admin_url(model, "change", item.pk),
        model,
        **{
            flow.state_field: flow.published_state,
            f"{flow.schedule_field}_0": later.strftime("%d/%m/%Y"),
            f"{flow.schedule_field}_1": later.strftime("%H:%M:%S"),
        },
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert stored_state(item) == flow.published_state
    assert not is_published(item)
    assert later.strftime("%H:%M %d/%m/%Y") in str(flow.status_badge(item))


@every_model
def test_archived_items_are_read_only_for_editors(client, editor, model):
    """Live items other than published ones (whose changes wait beside them for approval:
    test_pending_changes.py)."""
    flow = workflow(model)
    client.force_login(editor)
    for state in [s for s in flow.live_states if s != flow.published_state]:
        item = in_state(model, state, timezone.now() - timedelta(minutes=1))
        url = admin_url(model, "change", item.pk)
        page = client.get(url).content.decode()
        assert 'name="_save"' not in page
        assert flow.state_field not in form_fields(page, model)
        posted = {**form_fields(page, model), flow.state_field: state}
        assert client.post(url, posted).status_code == 403
        assert item.history.count() == 1


@every_model
def test_the_workflow_follows_the_states_and_permission_an_admin_declares(rf, editor, model):
    """A model with a queue of its own declares it; nothing in the machinery assumes
    Publishable's states. Here: editors may only draft, and only published items are live."""
    registered = type(workflow(model))
    queue = type(
        "QueueAdmin",
        (registered,),
        {
            "editor_states": registered.editor_states[:1],
            "live_states": (registered.published_state,),
            "pending_changes": False,
        },
    )(model, admin.site)
    draft, review = registered.editor_states[:2]
    request = rf.get("/")
    request.user = editor

    state_field = model._meta.get_field(queue.state_field)
    choices = queue.formfield_for_choice_field(state_field, request).choices
    assert [value for value, _label in choices] == [draft]
    archived = in_state(model, registered.archived_state)
    assert queue.has_change_permission(request, archived)  # not live in this workflow
    assert not queue.has_change_permission(request, make(model))
    item = in_state(model, draft)
    setattr(item, queue.state_field, review)  # not an editor state here
    with pytest.raises(PermissionDenied):
        queue.save_model(request, item, None, change=True)

    # Another permission to publish: one the editor holds makes them a publisher here.
    opts = model._meta
    queue.publish_permission_name = f"{opts.app_label}.change_{opts.model_name}"
    request.user = type(request.user).objects.get(pk=request.user.pk)  # no cached permissions
    assert request.user.has_perm(queue.publish_permission_name)
    assert queue.has_change_permission(request, make(model))


@every_model
def test_states_the_field_does_not_know_are_refused_at_start_up(model):
    registered = type(workflow(model))
    assert workflow(model).check() == []
    forgetful = type("QuestionAdmin", (registered,), {"editor_states": ("new", "assigned")})(
        model, admin.site
    )
    errors = forgetful.check()
    assert [error.id for error in errors] == ["publishing.E001"]
    assert "assigned, new" in errors[0].msg


@every_model
def test_an_action_whose_state_the_workflow_has_not_is_not_offered(rf, chief, model):
    without_archive = type("NoArchiveAdmin", (type(workflow(model)),), {"archived_state": None})(
        model, admin.site
    )
    request = rf.get("/")
    request.user = chief
    assert set(without_archive.get_actions(request)) >= {"publish_selected", "withdraw_selected"}
    assert "archive_selected" not in without_archive.get_actions(request)
    assert "archive_selected" in workflow(model).get_actions(request)
