"""Admin behaviour shared by every publishable content type: who may publish, the publish and
withdraw actions, a preview link, and revisions that can be compared and restored."""

from django.contrib import admin, messages
from django.contrib.admin.utils import flatten_fieldsets, unquote
from django.core import checks
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin
from simple_history.manager import SIMPLE_HISTORY_REVERSE_ATTR_NAME
from simple_history.utils import get_history_model_for_model

from ubdt_portal.admin_lists import OfferedFiltersAdmin
from ubdt_portal.languages import translated_languages

from .models import Status
from .richtext import RichTextField, RichTextWidget


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
        # drafts and items in review; a published or archived item is read-only for them.
        allowed = super().has_change_permission(request, obj)
        if allowed and obj is not None and self._state(obj) in self.live_states:
            return self.has_publish_permission(request)
        return allowed

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
        if obj is None:
            return self.has_change_permission(request)
        if not (
            super().has_change_history_permission(request, obj)
            and self.has_change_permission(request, obj)
        ):
            return False
        stored = self.model._default_manager.filter(pk=obj.pk).first()
        if stored is None:  # restoring a deleted item adds it again
            return self.has_add_permission(request)
        return self.has_change_permission(request, stored)

    def history_view(self, request, object_id, extra_context=None):
        self._id_or_404(self.model, object_id)  # simple-history looks up any text: a 500
        return super().history_view(request, object_id, extra_context)

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
        super().save_model(request, obj, form, change)

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


class TranslatedLanguagesColumn:
    """A `translated_languages` column for the change list: the codes of the languages an item
    is translated into (its `title_field` is)."""

    @admin.display(description=_("translated into"))
    def translated_languages(self, obj):
        return ", ".join(translated_languages(obj, obj.title_field))
