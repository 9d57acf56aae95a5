"""Admin behaviour shared by every publishable content type: who may publish, the publish and
withdraw actions, a preview link, and revisions that can be compared and restored."""

from django.contrib import admin, messages
from django.contrib.admin.utils import flatten_fieldsets, unquote
from django.contrib.contenttypes.models import ContentType
from django.core import checks
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms.models import model_to_dict
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin
from simple_history.manager import SIMPLE_HISTORY_REVERSE_ATTR_NAME
from simple_history.utils import get_history_model_for_model

from ubdt_portal.admin_lists import OfferedFiltersAdmin
from ubdt_portal.languages import (
    content_languages,
    language_name_in_interface,
    translated_languages,
)

from . import drafts
from .models import PendingChange, Status, WorkflowEvent
from .richtext import RichTextField, RichTextWidget

# The name and values of the workflow's buttons on the change form, and its comment box.
WORKFLOW = "_workflow"
COMMENT = "_workflow_comment"
TOKEN = "_change_token"
BUTTONS = {
    "submit": _("Send for review"),
    "publish": _("Approve and publish"),
    "schedule": _("Schedule"),
    "return": _("Return to the editor"),
    "unpublish": _("Take down"),
}
BUTTONS.update(
    submit_change=BUTTONS["submit"],
    approve_change=BUTTONS["publish"],
    return_change=BUTTONS["return"],
)
# Buttons that act on the stored item without saving the form.
_WITHOUT_FORM = {"return", "unpublish", "approve_change", "return_change"}
_NEED_COMMENT = {"return", "return_change"}


class PublishingAdmin(OfferedFiltersAdmin, SimpleHistoryAdmin):
    """Editors write drafts and send them for review; only holders of the model's `publish_*`
    permission (editors-in-chief) publish, schedule, withdraw or archive. The history page
    (django-simple-history) lists each revision with its changed fields; restoring one is a
    change like any other, open to whoever may make that change and checked the same way.

    The workflow is described by the class attributes below; their defaults are `Publishable`'s.
    A model with states of its own (a question's queue: new, assigned, answered, ...) names its
    field and states instead."""

    # The field that holds the workflow state, and the one that holds the publication time
    # (None if the model has no scheduling).
    state_field = "status"
    schedule_field = "publish_at"
    # The states someone without the publish permission may set...
    editor_states = (Status.DRAFT, Status.REVIEW)
    # ...and the states in which an item is read-only for them: what the public sees, or saw.
    live_states = (Status.PUBLISHED, Status.ARCHIVED)
    # The states the publish, withdraw and archive actions set (None: no such action).
    published_state = Status.PUBLISHED
    withdrawn_state = Status.DRAFT
    archived_state = Status.ARCHIVED
    # "app_label.codename" of the permission to publish; None for the model's own
    # `publish_<model name>` (declared in its Meta.permissions).
    publish_permission_name = None
    # Whether a change to a published item (its fields, choices and inline rows, files apart:
    # drafts.py) is kept as a draft beside it until approved (the public keeps seeing the live
    # item); False: published items are read-only for editors.
    pending_changes = True
    change_form_template = "publishing/admin/change_form.html"
    save_on_top = True

    actions = ["publish_selected", "withdraw_selected", "archive_selected"]
    formfield_overrides = {RichTextField: {"widget": RichTextWidget}}

    def check(self, **kwargs):
        # A model with states of its own that forgets to declare them would have editors set
        # states its field does not know: say so at start-up.
        errors = super().check(**kwargs)
        choices = {value for value, _label in self._state_choices()}
        declared = [
            *self.editor_states,
            *self.live_states,
            *(s for s in (self.published_state, self.withdrawn_state, self.archived_state) if s),
        ]
        unknown = sorted({str(state) for state in declared if state not in choices})
        if unknown:
            errors.append(
                checks.Error(
                    f"{type(self).__name__} declares states that are not choices of "
                    f"{self.model._meta.label}.{self.state_field}: {', '.join(unknown)}",
                    obj=type(self),
                    id="publishing.E001",
                )
            )
        return errors

    def get_actions(self, request):
        # An action whose state this workflow has not (declared None) is not offered.
        actions = super().get_actions(request)
        for name, state in (
            ("publish_selected", self.published_state),
            ("withdraw_selected", self.withdrawn_state),
            ("archive_selected", self.archived_state),
        ):
            if state is None:
                actions.pop(name, None)
        return actions

    def publish_permission(self):
        if self.publish_permission_name:
            return self.publish_permission_name
        opts = self.model._meta
        return f"{opts.app_label}.publish_{opts.model_name}"

    def has_publish_permission(self, request):
        return request.user.has_perm(self.publish_permission())

    def has_change_permission(self, request, obj=None):
        # What the public sees changes only through someone who may publish: editors edit
        # drafts and items in review, and propose changes to a published item (kept beside it
        # as a PendingChange); an archived item is read-only for them.
        allowed = super().has_change_permission(request, obj)
        if allowed and obj is not None and self._state(obj) in self.live_states:
            return self._takes_pending_changes(obj) or self.has_publish_permission(request)
        return allowed

    def _takes_pending_changes(self, obj):
        """Whether a change to `obj` (as stored) waits beside it for approval."""
        return (
            self.pending_changes
            and obj is not None
            and obj.pk is not None
            # A revision's state is not the item's: restoring is judged on the stored item.
            and getattr(obj, SIMPLE_HISTORY_REVERSE_ATTR_NAME, None) is None
            and self._state(obj) == self.published_state
        )

    def _state(self, obj):
        return getattr(obj, self.state_field)

    def _state_choices(self):
        return self.model._meta.get_field(self.state_field).flatchoices

    def _state_label(self, state):
        return dict(self._state_choices())[state]

    def _is_scheduled(self, obj):
        when = self.schedule_field and getattr(obj, self.schedule_field)
        return self._state(obj) == self.published_state and when and when > timezone.now()

    def has_change_history_permission(self, request, obj=None):
        # simple-history's hook for restoring a revision. Restoring writes the revision over
        # the stored item, so the user must be allowed to change both: a published revision,
        # or any revision of a published item, needs the publish permission.
        # (simple-history's own check asks only for a permission on its history model when
        # SIMPLE_HISTORY_ENFORCE_HISTORY_MODEL_PERMISSIONS is on; changing the item is asked
        # for in any case.)
        # Restoring over a published item makes a pending change like any other edit of it:
        # the revision's own state does not matter then, it is not part of a draft.
        if obj is None:
            return self.has_change_permission(request)
        stored = self.model._default_manager.filter(pk=obj.pk).first()
        if stored is not None and self._takes_pending_changes(stored):
            if self.enforce_history_permissions and not super().has_change_history_permission(
                request, obj
            ):
                return False
            return self.has_change_permission(request, stored)
        if not super().has_change_history_permission(request, obj):
            return False
        if not self.has_change_permission(request, obj):
            return False
        if stored is None:  # restoring a deleted item adds it again
            return self.has_add_permission(request)
        return self.has_change_permission(request, stored)

    object_history_template = "publishing/admin/object_history.html"
    object_history_list_template = "publishing/admin/object_history_list.html"

    def history_view(self, request, object_id, extra_context=None):
        pk = self._id_or_404(self.model, object_id)  # simple-history looks up any text: a 500
        steps = WorkflowEvent.objects.filter(
            content_type=ContentType.objects.get_for_model(self.model), object_id=pk
        ).select_related("user")[:50]
        extra_context = {**(extra_context or {}), "workflow_steps": steps}
        return super().history_view(request, object_id, extra_context)

    def set_history_delta_changes(self, request, historical_records, **kwargs):
        # What each revision changed, for people (drafts.revision_changes), and the step of the
        # workflow it was, with its whole comment.
        records = list(historical_records)
        for newer, older in zip(records, records[1:], strict=False):
            newer.readable_changes = drafts.revision_changes(self.model, older, newer)
        if records and not hasattr(records[-1], "readable_changes"):
            older = records[-1].prev_record
            records[-1].readable_changes = (
                drafts.revision_changes(self.model, older, records[-1]) if older else None
            )

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        history = get_history_model_for_model(self.model)
        revision = get_object_or_404(
            history,
            **{
                self.model._meta.pk.attname: self._id_or_404(self.model, object_id),
                history._meta.pk.attname: self._id_or_404(history, version_id),
            },
        )
        # simple-history saves a posted revision form whenever the user may merely view the
        # history; without the right to restore there is nothing to post.
        if request.method == "POST" and self.revert_disabled(request, revision.instance):
            raise PermissionDenied
        request._restoring_revision = True  # never straight to what the public sees
        return super().history_form_view(request, object_id, version_id, extra_context)

    @staticmethod
    def _id_or_404(model, value):
        try:
            return model._meta.pk.to_python(unquote(value))
        except ValidationError as error:
            raise Http404 from error

    def get_readonly_fields(self, request, obj=None):
        revision = getattr(obj, SIMPLE_HISTORY_REVERSE_ATTR_NAME, None)
        if revision is not None and self.revert_disabled(request, obj):
            # simple-history builds its revision form from these: a revision the user may not
            # restore is shown, not offered as a form to fill in.
            return flatten_fieldsets(self.get_fieldsets(request, obj))
        fields = list(super().get_readonly_fields(request, obj))
        if not self.has_publish_permission(request):
            if obj is not None and self._state(obj) in self.live_states:
                fields.append(self.state_field)
            if self.schedule_field:
                fields.append(self.schedule_field)
        return fields

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == self.state_field and not self.has_publish_permission(request):
            kwargs["choices"] = [
                (value, label)
                for value, label in db_field.flatchoices
                if value in self.editor_states
            ]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        stored_item = self.model._default_manager.filter(pk=obj.pk).first() if obj.pk else None
        if self._saves_pending_change(request, stored_item):
            if form is not None:
                form.save_m2m = lambda: None  # the live row keeps its own choices
            request._pending_change_saved = True
            if getattr(request, "_restoring_revision", False):
                # simple-history's restore has no inlines (nor a save_related() to come).
                self._save_pending_change(request, obj, form, stored_item, formsets=())
            else:
                # Written by save_related(), with the rows of the inlines, in one save.
                request._pending_change_to_save = (obj, form, stored_item)
            return
        action = getattr(request, "_workflow_action", None)
        now = timezone.now()
        if action == "submit":
            setattr(obj, self.state_field, self.editor_states[1])
        elif action == "publish":
            setattr(obj, self.state_field, self.published_state)
            if self.schedule_field:
                setattr(obj, self.schedule_field, now)
        elif action == "schedule":
            setattr(obj, self.state_field, self.published_state)
        if action:
            obj._change_reason = _reason(BUTTONS[action], request.POST.get(COMMENT, ""))
        # The form already limits the choices; refuse anything else all the same, judged
        # against what is stored (restoring an old revision does not go through the form's
        # changed fields).
        if not self.has_publish_permission(request):
            fields = [self.state_field, *([self.schedule_field] if self.schedule_field else [])]
            stored = type(obj)._default_manager.filter(pk=obj.pk).values(*fields).first()
            if (stored and stored[self.state_field] in self.live_states) or (
                self._state(obj) not in self.editor_states
            ):
                raise PermissionDenied
            if self.schedule_field:
                # Read-only for editors: a restored revision keeps the stored publication time
                # rather than bringing back its own.
                setattr(obj, self.schedule_field, stored[self.schedule_field] if stored else None)
        # One revision per save: none for the row and each many-to-many field apart (simple-
        # history records each), one once everything is saved (_one_revision).
        obj.skip_history_when_saving = True
        request._revision_of = obj
        super().save_model(request, obj, form, change)
        if action:
            _record(request, obj, _EVENTS[action])

    def _one_revision(self, request):
        obj = getattr(request, "_revision_of", None)
        if obj is not None and hasattr(obj, "skip_history_when_saving"):
            del obj.skip_history_when_saving
            obj.save()

    def response_add(self, request, obj, post_url_continue=None):
        self._one_revision(request)
        return super().response_add(request, obj, post_url_continue)

    def _saves_pending_change(self, request, stored):
        """A save of a published item is a pending change when made by someone who may not
        publish, when a pending change already exists (it is updated, the live row is not), and
        when it restores an old revision."""
        if stored is None or not self._takes_pending_changes(stored):
            return False
        return (
            not self.has_publish_permission(request)
            or getattr(request, "_restoring_revision", False)
            or PendingChange.of(stored) is not None
        )

    def _draft_field_names(self):
        workflow = [self.state_field, *([self.schedule_field] if self.schedule_field else [])]
        return drafts.draft_field_names(self.model, workflow)

    def _save_pending_change(self, request, obj, form, stored, formsets):
        pending = PendingChange.of(stored)
        m2m = {}
        for name in drafts.draft_m2m_names(self.model):
            if form is not None and name in form.cleaned_data:
                m2m[name] = form.cleaned_data[name]
            elif pending is not None and name in pending.data["m2m"]:
                m2m[name] = pending.data["m2m"][name]
            else:
                m2m[name] = getattr(stored, name).values_list("pk", flat=True)
        data = drafts.snapshot(obj, self._draft_field_names(), m2m)
        # The rows of the inlines: as the forms leave them, else as the draft had them.
        inlines = dict(pending.data.get("inlines", {})) if pending is not None else {}
        for formset in formsets:
            if not drafts.holds_files(formset.model):
                inlines[formset.fk.remote_field.get_accessor_name()] = _drafted_rows(formset)
        data["inlines"] = inlines
        action = getattr(request, "_workflow_action", None)
        submitted = action == "submit_change" or bool(pending and pending.submitted)
        if pending is None:
            pending = PendingChange(
                content_type=ContentType.objects.get_for_model(self.model), object_id=stored.pk
            )
        pending.data, pending.submitted, pending.author = data, submitted, request.user
        pending.save()
        _record(
            request,
            stored,
            WorkflowEvent.Action.CHANGE_SUBMITTED
            if action == "submit_change"
            else WorkflowEvent.Action.CHANGE_SAVED,
        )

    def save_related(self, request, form, formsets, change):
        to_save = getattr(request, "_pending_change_to_save", None)
        if to_save is not None:
            del request._pending_change_to_save
            self._save_pending_change(request, *to_save, formsets=formsets)
        if getattr(request, "_pending_change_saved", False):
            # The rows are in the draft; the live item's stay as they are.
            for formset in formsets:
                formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
            return
        super().save_related(request, form, formsets, change)

    def get_inline_instances(self, request, obj=None):
        # On a published item an inline shows the rows of the pending change, if any, and its
        # forms go into the draft; one holding files stays out of drafts: read-only unless the
        # save goes straight to the live item (someone who may publish, no change waiting).
        inlines = super().get_inline_instances(request, obj)
        if obj is None or not self._takes_pending_changes(obj):
            return inlines
        drafted = (
            not self.has_publish_permission(request)
            or getattr(obj, "_pending_change", None) is not None
            or PendingChange.of(obj) is not None
        )
        for inline in inlines:
            if not drafts.holds_files(inline.model):
                inline.formset = _draft_formset(inline.formset)
            elif drafted:
                inline.has_add_permission = lambda *args, **kwargs: False
                inline.has_change_permission = lambda *args, **kwargs: False
                inline.has_delete_permission = lambda *args, **kwargs: False
                inline.template_outside_draft = inline.template
                inline.template = "publishing/admin/edit_inline/outside_draft.html"
        return inlines

    def get_object(self, request, object_id, from_field=None):
        # The change form of a published item with a pending change shows the draft.
        obj = super().get_object(request, object_id, from_field)
        if obj is not None and self._takes_pending_changes(obj):
            pending = PendingChange.of(obj)
            if pending is not None:
                obj._pending_change = pending
                # The inlines' rows are shown by their formsets (_draft_formset).
                obj._pending_m2m = drafts.apply_in_memory(obj, pending.data, inlines=False)
        return obj

    def get_form(self, request, obj=None, **kwargs):
        form_class = super().get_form(request, obj, **kwargs)
        admin = self

        class WorkflowForm(form_class):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                pending_m2m = getattr(self.instance, "_pending_m2m", None) or {}
                for name, pks in pending_m2m.items():
                    if name in self.fields:
                        self.initial[name] = pks

            def clean(self):
                cleaned = super().clean()
                if getattr(request, "_workflow_action", None) == "schedule":
                    when = admin.schedule_field and cleaned.get(admin.schedule_field)
                    if not when or when <= timezone.now():
                        self.add_error(
                            admin.schedule_field,
                            gettext("To schedule, give a publication time in the future."),
                        )
                return cleaned

        WorkflowForm.__name__ = form_class.__name__
        return form_class if not self.schedule_field else WorkflowForm

    def workflow_buttons(self, request, obj):
        """The buttons `request.user` may press on `obj` (None: a new item), in order."""
        publisher = self.has_publish_permission(request)
        if obj is None:
            allowed = ["submit"] + (["publish", "schedule"] if publisher else [])
            return allowed if self.has_add_permission(request) else []
        if not self.has_change_permission(request, obj):
            return []
        state = self._state(obj)
        buttons = []
        if self._takes_pending_changes(obj):
            pending = getattr(obj, "_pending_change", None)
            if pending is None or not pending.submitted:
                buttons.append("submit_change")
            if publisher and pending is not None:
                buttons.append("approve_change")
                if pending.submitted:
                    buttons.append("return_change")
            if publisher:
                buttons.append("unpublish")
            return buttons
        if state == self.published_state and publisher:
            return ["unpublish"]
        if state in self.editor_states:
            if state == self.editor_states[0] and len(self.editor_states) > 1:
                buttons.append("submit")
            if publisher:
                buttons.append("publish")
                if self.schedule_field:
                    buttons.append("schedule")
                if len(self.editor_states) > 1 and state == self.editor_states[1]:
                    buttons.append("return")
        return buttons

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        action = request.POST.get(WORKFLOW) if request.method == "POST" else None
        if action:
            obj = self.get_object(request, unquote(object_id)) if object_id else None
            if object_id and obj is None:
                raise Http404
            if action not in self.workflow_buttons(request, obj):
                raise PermissionDenied
            request._workflow_action = action
            if action in _WITHOUT_FORM:
                return self._workflow_step(request, obj, action)
        return super().changeform_view(request, object_id, form_url, extra_context)

    def _workflow_step(self, request, obj, action):
        comment = request.POST.get(COMMENT, "").strip()
        here = reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[obj.pk])
        if action in _NEED_COMMENT and not comment:
            self.message_user(
                request, gettext("Say what the editor should change."), messages.ERROR
            )
            return HttpResponseRedirect(here)
        stored = self.model._default_manager.get(pk=obj.pk)
        reason = _reason(BUTTONS[action], comment)
        if action == "approve_change":
            pending = PendingChange.of(stored)
            if pending is None or request.POST.get(TOKEN) != pending.token:
                self.message_user(
                    request,
                    gettext(
                        "The change was saved again after this page was opened; "
                        "look at it again before approving it."
                    ),
                    messages.ERROR,
                )
                return HttpResponseRedirect(here)
            drafts.approve(pending, stored, reason)
        elif action == "return_change":
            PendingChange.objects.filter(pk=obj._pending_change.pk).update(submitted=False)
        else:
            state = self.editor_states[0] if action == "return" else self.withdrawn_state
            setattr(stored, self.state_field, state)
            stored._change_reason = reason
            stored.save()
        _record(request, stored, _EVENTS[action])
        self.message_user(
            request,
            gettext("“%(item)s”: %(step)s.") % {"item": stored, "step": BUTTONS[action]},
            messages.SUCCESS,
        )
        return HttpResponseRedirect(here)

    def response_change(self, request, obj):
        self._one_revision(request)
        if getattr(request, "_pending_change_saved", False):
            self.message_user(
                request,
                gettext(
                    "Your change is saved as a draft beside the published version, which the "
                    "public keeps seeing until the editor-in-chief approves the change."
                ),
                messages.INFO,
            )
        return super().response_change(request, obj)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        pending = getattr(obj, "_pending_change", None)
        events = (
            WorkflowEvent.of(obj)
            .exclude(action=WorkflowEvent.Action.CHANGE_SAVED)
            .select_related("user")[:1]
            if obj is not None
            else []
        )
        last = events[0] if events else None
        returned = (
            last
            if last
            and last.action in (WorkflowEvent.Action.RETURNED, WorkflowEvent.Action.CHANGE_RETURNED)
            else None
        )
        live = None
        if pending is not None:
            live = self.model._default_manager.get(pk=obj.pk)
        context.update(
            workflow_buttons=[
                (value, BUTTONS[value]) for value in self.workflow_buttons(request, obj)
            ],
            workflow_comment=COMMENT,
            workflow_name=WORKFLOW,
            token_name=TOKEN,
            pending_change=pending,
            pending_rows=drafts.changes(live, pending.data) if pending is not None else None,
            # Rows the change adds are extra forms, which have no "delete" box.
            pending_new_rows=pending is not None
            and any(
                row["pk"] is None
                for rows in pending.data.get("inlines", {}).values()
                for row in rows
            ),
            live_item=obj is not None and self._takes_pending_changes(obj),
            returned=returned,
            language_tab_names={
                code: capfirst(language_name_in_interface(code)) for code in content_languages()
            },
        )
        return super().render_change_form(request, context, add, change, form_url, obj)

    @admin.action(description=_("Publish the selected items now"), permissions=["publish"])
    def publish_selected(self, request, queryset):
        self._set_state(request, queryset, self.published_state)

    @admin.action(
        description=_("Withdraw the selected items (back to draft)"), permissions=["publish"]
    )
    def withdraw_selected(self, request, queryset):
        self._set_state(request, queryset, self.withdrawn_state)

    @admin.action(description=_("Archive the selected items"), permissions=["publish"])
    def archive_selected(self, request, queryset):
        self._set_state(request, queryset, self.archived_state)

    def _set_state(self, request, queryset, state):
        label = self._state_label(state)
        count = 0
        for obj in queryset:
            setattr(obj, self.state_field, state)
            if state == self.published_state and self.schedule_field:
                when = getattr(obj, self.schedule_field)
                if when is None or when > timezone.now():
                    setattr(obj, self.schedule_field, timezone.now())
            obj._change_reason = str(label)
            obj.save()  # one by one, so each change is a revision
            count += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d item is now “%(status)s”.",
                "%(count)d items are now “%(status)s”.",
                count,
            )
            % {"count": count, "status": label},
            messages.SUCCESS,
        )

    def view_on_site(self, obj):
        # The staff preview: the item as the public will see it, whatever its status.
        return obj.get_preview_url()

    @property
    def status_badge(self):
        """The change list's state column, or the time a scheduled publication is due. Made
        per admin so that it sorts by this admin's state field."""
        field = self.model._meta.get_field(self.state_field)

        @admin.display(description=field.verbose_name, ordering=self.state_field)
        def status_badge(obj):
            if self._is_scheduled(obj):
                return format_html(
                    "{} {}",
                    _("Scheduled for"),
                    timezone.localtime(getattr(obj, self.schedule_field)).strftime(
                        "%H:%M %d/%m/%Y"
                    ),
                )
            return self._state_label(self._state(obj))

        return status_badge


def _draft_formset(formset_class):
    """`formset_class` (an inline's) showing the rows of the item's pending change when it has
    one: the draft's kept rows as the forms of existing rows, its new rows as extra forms filled
    in. Posted back, the forms are read against the same rows."""

    class DraftFormSet(formset_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            pending = getattr(self.instance, "_pending_change", None)
            inlines = pending.data.get("inlines", {}) if pending is not None else {}
            self.draft = inlines.get(self.fk.remote_field.get_accessor_name())
            if self.draft is not None and not self.is_bound:
                # Only unbound: posted back, a new row compares with an empty form, so that
                # an unchanged one is still kept (an extra form left as it was is dropped).
                pk = self.model._meta.pk.name
                new = [row for row in self._draft_rows() if row.pk is None]
                self.initial_extra = [
                    {name: value for name, value in model_to_dict(row).items() if name != pk}
                    for row in new
                ]
                self.extra += len(new)

        def _draft_rows(self):
            if not hasattr(self, "_rows"):
                live = super().get_queryset()
                self._rows = drafts.draft_rows(self.fk, self.instance, live, self.draft)
            return self._rows

        def get_queryset(self):
            if self.draft is None:
                return super().get_queryset()
            if not hasattr(self, "_kept_rows"):
                kept = [row for row in self._draft_rows() if row.pk is not None]
                self._kept_rows = drafts.with_rows(super().get_queryset(), kept)
            return self._kept_rows

    DraftFormSet.__name__ = formset_class.__name__
    return DraftFormSet


def _drafted_rows(formset):
    """The rows a valid inline formset leaves, in its order, for a draft: the existing rows not
    marked for deletion (as the forms change them) and the new rows filled in."""
    deleted = formset.deleted_forms
    rows = []
    for index, form in enumerate(formset.forms):
        if form in deleted:
            continue
        if index < formset.initial_form_count():
            if form.instance.pk is None:  # not a row of the draft: a stale or forged form
                continue
        elif not form.has_changed():
            continue
        rows.append(drafts.row_snapshot(form.instance, formset.fk))
    return rows


_EVENTS = {
    "submit": WorkflowEvent.Action.SUBMITTED,
    "publish": WorkflowEvent.Action.PUBLISHED,
    "schedule": WorkflowEvent.Action.SCHEDULED,
    "return": WorkflowEvent.Action.RETURNED,
    "unpublish": WorkflowEvent.Action.UNPUBLISHED,
    "submit_change": WorkflowEvent.Action.CHANGE_SUBMITTED,
    "approve_change": WorkflowEvent.Action.CHANGE_APPROVED,
    "return_change": WorkflowEvent.Action.CHANGE_RETURNED,
}


def _reason(label, comment):
    """The revision's change reason (at most 100 characters: simple-history's column): the
    step, and the start of its comment (the whole comment is in its WorkflowEvent)."""
    text = f"{label}: {comment.strip()}" if comment.strip() else str(label)
    return text if len(text) <= 100 else text[:99] + "…"


def _record(request, item, action):
    WorkflowEvent.objects.create(
        content_type=ContentType.objects.get_for_model(type(item)),
        object_id=item.pk,
        action=action,
        comment=request.POST.get(COMMENT, "").strip(),
        user=request.user,
    )


class TranslatedLanguagesColumn:
    """A `translated_languages` column for the change list: the codes of the languages an item
    is translated into (its `title_field` is)."""

    @admin.display(description=_("translated into"))
    def translated_languages(self, obj):
        return ", ".join(translated_languages(obj, obj.title_field))
