"""Restoring a revision is a change like any other: it needs the right to change the item (and to
publish, where what the public sees would change), and goes through the same checks."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts import roles
from ubdt_portal.publishing.models import Status

from .test_workflow import admin_form

pytestmark = pytest.mark.django_db


def two_revisions(policy, second_summary, **second):
    """Give the policy a second revision; return the first (to restore) and its URL."""
    first = policy.history.first()
    policy.summary_vi = second_summary
    for name, value in second.items():
        setattr(policy, name, value)
    policy.save()
    return first, f"/quan-tri/policies/policy/{policy.pk}/history/{first.history_id}/"


def restore_post(policy, revision, **changes):
    """What the revision page posts: the form filled with that revision's values."""
    return admin_form(
        policy, **{"summary_vi": revision.summary_vi, "status": revision.status, **changes}
    )


def test_a_viewer_sees_a_revision_read_only(client, staff, make_policy):
    policy = make_policy(status=Status.DRAFT, summary_vi="Bản đầu.")
    _first, url = two_revisions(policy, "Bản hai.")
    client.force_login(staff(roles.QA_OFFICER))

    history = client.get(f"/quan-tri/policies/policy/{policy.pk}/history/")
    assert history.status_code == 200
    page = client.get(url)
    html = page.content.decode()
    assert page.status_code == 200
    assert "Bản đầu." in html  # the revision is shown...
    assert 'name="summary_vi"' not in html  # ...but not as a form to fill in
    assert 'name="title_vi"' not in html
    assert 'name="_save"' not in html  # and there is no button to restore it


def test_a_viewer_cannot_restore_a_revision(client, staff, make_policy):
    policy = make_policy(status=Status.DRAFT, summary_vi="Bản đầu.")
    first, url = two_revisions(policy, "Bản hai.")
    client.force_login(staff(roles.QA_OFFICER))

    response = client.post(url, restore_post(policy, first))
    assert response.status_code == 403
    policy.refresh_from_db()
    assert policy.summary_vi == "Bản hai."
    assert policy.history.count() == 2
    response = client.post(url, {})  # nothing at all would have restored it too
    assert response.status_code == 403
    policy.refresh_from_db()
    assert policy.summary_vi == "Bản hai."


def test_an_editor_restores_a_drafts_revision_and_it_stays_unpublished(client, editor, make_policy):
    policy = make_policy(status=Status.DRAFT, publish_at=None, summary_vi="Bản đầu.")
    # Since the first revision, an editor-in-chief set a publication time the editor may not
    # change; restoring the old text keeps it rather than refusing or resetting it.
    planned = timezone.now() + timedelta(days=3)
    first, url = two_revisions(policy, "Bản hai.", status=Status.REVIEW, publish_at=planned)
    client.force_login(editor)

    html = client.get(url).content.decode()
    assert 'name="_save"' in html
    assert 'value="published"' not in html  # the same choices as the change form
    response = client.post(url, restore_post(policy, first))
    assert response.status_code == 302
    policy.refresh_from_db()
    assert policy.summary_vi == "Bản đầu."
    assert policy.status == Status.DRAFT
    assert policy.publish_at == planned
    assert policy.history.count() == 3
    assert policy.history.first().history_user == editor

    # Restoring does not let the editor publish either.
    response = client.post(url, restore_post(policy, first, status="published"))
    assert response.status_code == 200  # the form refuses the choice
    policy.refresh_from_db()
    assert policy.status == Status.DRAFT


def test_an_editor_cannot_restore_a_revision_of_a_published_item(client, editor, make_policy):
    policy = make_policy(summary_vi="Bản công bố đầu.")  # published
    first, url = two_revisions(policy, "Bản công bố hai.")
    client.force_login(editor)

    html = client.get(url).content.decode()
    assert "Bản công bố đầu." in html
    assert 'name="_save"' not in html
    assert 'name="summary_vi"' not in html
    response = client.post(url, restore_post(policy, first, status="review"))
    assert response.status_code == 403
    policy.refresh_from_db()
    assert policy.summary_vi == "Bản công bố hai."
    assert policy.status == Status.PUBLISHED


def test_an_editor_in_chief_restores_a_revision_of_a_published_item(client, chief, make_policy):
    policy = make_policy(summary_vi="Bản công bố đầu.")
    first, url = two_revisions(policy, "Bản công bố hai.")
    client.force_login(chief)

    assert 'name="_save"' in client.get(url).content.decode()
    response = client.post(url, restore_post(policy, first))
    assert response.status_code == 302
    policy.refresh_from_db()
    assert policy.summary_vi == "Bản công bố đầu."
    assert policy.is_public
    assert client.get(policy.get_absolute_url()).status_code == 200
