"""Revisions of every publishable content type (django-simple-history through
PublishingAdmin): each save is one, with who made it; restoring one is a change like any other,
open to whoever may make that change and checked the same way."""

from datetime import timedelta

import pytest
from django.contrib import admin
from django.contrib.auth.models import Permission
from django.utils import timezone

from accounts.models import User
from tests.admin_pages import admin_url, form_fields, post_form, revision_url
from tests.factories import make, publishable_models

pytestmark = pytest.mark.django_db
every_model = pytest.mark.parametrize(
    "model", publishable_models(), ids=lambda model: model._meta.label_lower
)


def workflow(model):
    return admin.site._registry[model]


def stored(item):
    return type(item)._default_manager.get(pk=item.pk)


def state(item):
    return getattr(stored(item), workflow(type(item)).state_field)


def with_second_revision(item, **changes):
    """Save the item again with `changes`; return its first revision (to restore)."""
    first = item.history.first()
    for name, value in changes.items():
        setattr(item, name, value)
    item.save()
    return first


def restore(client, item, revision, **changes):
    """Post the revision's page as it comes, filled with that revision's values."""
    return post_form(client, revision_url(item, revision), type(item), **changes)


@every_model
def test_each_save_through_the_admin_is_a_revision_with_who_made_it(client, chief, model):
    flow = workflow(model)
    item = make(model, **{flow.state_field: flow.editor_states[0], flow.schedule_field: None})
    client.force_login(chief)
    response = post_form(
        client,
        admin_url(model, "change", item.pk),
        model,
        **{flow.state_field: flow.editor_states[1]},
    )
    assert response.status_code == 302
    latest, first = item.history.all()
    assert latest.history_user == chief
    assert getattr(latest, flow.state_field) == flow.editor_states[1]
    assert getattr(first, flow.state_field) == flow.editor_states[0]
    history = client.get(admin_url(model, "history", item.pk))
    assert history.status_code == 200
    assert revision_url(item, first) in history.content.decode()


@every_model
def test_the_editor_in_chief_restores_a_published_revision_and_it_is_public_again(
    client, chief, model
):
    flow = workflow(model)
    item = make(model)  # published
    first = with_second_revision(item, **{flow.state_field: flow.withdrawn_state})
    client.force_login(chief)

    assert 'name="_save"' in client.get(revision_url(item, first)).content.decode()
    assert restore(client, item, first).status_code == 302
    assert state(item) == flow.published_state
    assert type(item).objects.published().filter(pk=item.pk).exists()
    assert item.history.count() == 3
    assert item.history.first().history_user == chief


@every_model
def test_an_editor_cannot_republish_by_restoring_a_published_revision(client, editor, chief, model):
    flow = workflow(model)
    item = make(model)  # published
    first = with_second_revision(item, **{flow.state_field: flow.withdrawn_state})
    client.force_login(editor)

    html = client.get(revision_url(item, first)).content.decode()
    assert 'name="_save"' not in html
    assert flow.state_field not in form_fields(html, model)
    as_it_was = {**form_fields(html, model), flow.state_field: flow.published_state}
    response = client.post(revision_url(item, first), as_it_was)
    assert response.status_code == 403
    assert state(item) == flow.withdrawn_state
    assert item.history.count() == 2


@every_model
def test_an_editor_restores_a_drafts_revision_and_it_stays_unpublished(client, editor, model):
    flow = workflow(model)
    draft, review = flow.editor_states[:2]
    item = make(model, **{flow.state_field: draft, flow.schedule_field: None})
    # Since the first revision, an editor-in-chief set a publication time the editor may not
    # change; restoring the old revision keeps it rather than refusing or resetting it.
    planned = timezone.now() + timedelta(days=3)
    first = with_second_revision(item, **{flow.state_field: review, flow.schedule_field: planned})
    client.force_login(editor)
    as_it_comes = form_fields(client.get(revision_url(item, first)).content.decode(), model)

    assert client.post(revision_url(item, first), as_it_comes).status_code == 302
    assert state(item) == draft
    assert getattr(stored(item), flow.schedule_field) == planned
    assert item.history.count() == 3
    assert item.history.first().history_user == editor

    # Restoring does not let the editor publish either.
    response = client.post(
        revision_url(item, first), {**as_it_comes, flow.state_field: flow.published_state}
    )
    assert response.status_code == 200  # the form refuses the choice
    assert state(item) == draft


@every_model
def test_an_editor_cannot_restore_even_a_draft_revision_of_an_archived_item(client, editor, model):
    """Restoring writes over what the public saw: an archived item is read-only for them (over
    a published one, restoring makes a change that waits for approval: test_pending_changes)."""
    flow = workflow(model)
    draft = flow.editor_states[0]
    client.force_login(editor)
    for live in [s for s in flow.live_states if s != flow.published_state]:
        item = make(model, **{flow.state_field: draft, flow.schedule_field: None})
        first = with_second_revision(item, **{flow.state_field: live})
        html = client.get(revision_url(item, first)).content.decode()
        assert 'name="_save"' not in html
        response = client.post(
            revision_url(item, first), {**form_fields(html, model), flow.state_field: draft}
        )
        assert response.status_code == 403
        assert state(item) == live
        assert item.history.count() == 2


@every_model
def test_who_may_only_view_an_item_sees_its_revisions_but_cannot_restore_them(client, model):
    flow = workflow(model)
    item = make(model, **{flow.state_field: flow.editor_states[0], flow.schedule_field: None})
    first = with_second_revision(item, **{flow.state_field: flow.editor_states[1]})
    viewer = User.objects.create_user(
        email="xem@example.test", password="a-long-enough-password-1", is_staff=True
    )
    viewer.user_permissions.add(
        Permission.objects.get(
            content_type__app_label=model._meta.app_label,
            codename=f"view_{model._meta.model_name}",
        )
    )
    client.force_login(viewer)

    assert client.get(admin_url(model, "history", item.pk)).status_code == 200
    page = client.get(revision_url(item, first))
    html = page.content.decode()
    assert page.status_code == 200
    assert 'name="_save"' not in html  # shown, not offered as a form to fill in
    assert flow.state_field not in form_fields(html, model)
    for posted in ({flow.state_field: flow.editor_states[0]}, {}):
        assert client.post(revision_url(item, first), posted).status_code == 403
    assert state(item) == flow.editor_states[1]
    assert item.history.count() == 2


@every_model
def test_one_save_with_many_to_many_choices_is_one_revision(client, chief, model):
    from ubdt_portal.publishing import drafts

    flow = workflow(model)
    item = make(model, **{flow.state_field: flow.editor_states[0], flow.schedule_field: None})
    changes = {}
    for name in drafts.draft_m2m_names(model):
        related = model._meta.get_field(name).related_model
        changes[name] = [
            str(pk) for pk in related._default_manager.values_list("pk", flat=True)[:2]
        ]
    client.force_login(chief)
    response = post_form(client, admin_url(model, "change", item.pk), model, **changes)
    assert response.status_code == 302
    assert item.history.count() == 2  # not one more per many-to-many field
    assert item.history.first().history_user == chief
