"""Admin behaviour shared by every publishable content type: who may publish, the publish and
withdraw actions, a preview link, and revisions that can be compared and restored."""

from django.contrib import admin, messages
from django.contrib.admin.utils import flatten_fieldsets, unquote
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

EDITOR_STATUSES = (Status.DRAFT, Status.REVIEW)


class PublishingAdmin(OfferedFiltersAdmin, SimpleHistoryAdmin):
    """Editors write drafts and send them for review; only holders of the model's `publish_*`
    permission (editors-in-chief) publish, schedule, withdraw or archive. The history page
    (django-simple-history) lists each revision with its changed fields; restoring one is a
    change like any other, open to whoever may make that change and checked the same way."""

    actions = ["publish_selected", "withdraw_selected", "archive_selected"]
    formfield_overrides = {RichTextField: {"widget": RichTextWidget}}

    def publish_permission(self):
        opts = self.model._meta
        return f"{opts.app_label}.publish_{opts.model_name}"

    def has_publish_permission(self, request):
        return request.user.has_perm(self.publish_permission())

    def has_change_permission(self, request, obj=None):
        # What the public sees changes only through someone who may publish: editors edit
        # drafts and items in review; a published or archived item is read-only for them.
        allowed = super().has_change_permission(request, obj)
        if allowed and obj is not None and obj.status not in EDITOR_STATUSES:
            return self.has_publish_permission(request)
        return allowed

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
            if obj is not None and obj.status not in EDITOR_STATUSES:
                fields += ["status"]
            fields += ["publish_at"]
        return fields

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "status" and not self.has_publish_permission(request):
            kwargs["choices"] = [(s.value, s.label) for s in EDITOR_STATUSES]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        # The form already limits the choices; refuse anything else all the same, judged
        # against what is stored (restoring an old revision does not go through the form's
        # changed fields).
        if not self.has_publish_permission(request):
            stored = type(obj).objects.filter(pk=obj.pk).values("status", "publish_at").first()
            stored_status = stored["status"] if stored else Status.DRAFT
            if stored_status not in EDITOR_STATUSES or obj.status not in EDITOR_STATUSES:
                raise PermissionDenied
            # Read-only for editors: a restored revision keeps the stored publication time
            # rather than bringing back its own.
            obj.publish_at = stored["publish_at"] if stored else None
        super().save_model(request, obj, form, change)

    @admin.action(description=_("Publish the selected items now"), permissions=["publish"])
    def publish_selected(self, request, queryset):
        self._set_status(request, queryset, Status.PUBLISHED)

    @admin.action(
        description=_("Withdraw the selected items (back to draft)"), permissions=["publish"]
    )
    def withdraw_selected(self, request, queryset):
        self._set_status(request, queryset, Status.DRAFT)

    @admin.action(description=_("Archive the selected items"), permissions=["publish"])
    def archive_selected(self, request, queryset):
        self._set_status(request, queryset, Status.ARCHIVED)

    def _set_status(self, request, queryset, status):
        count = 0
        for obj in queryset:
            obj.status = status
            if status == Status.PUBLISHED and (
                obj.publish_at is None or obj.publish_at > timezone.now()
            ):
                obj.publish_at = timezone.now()
            obj._change_reason = str(Status(status).label)
            obj.save()  # one by one, so each change is a revision
            count += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d item is now “%(status)s”.",
                "%(count)d items are now “%(status)s”.",
                count,
            )
            % {"count": count, "status": Status(status).label},
            messages.SUCCESS,
        )

    def view_on_site(self, obj):
        # The staff preview: the item as the public will see it, whatever its status.
        return obj.get_preview_url()

    @admin.display(description=_("status"), ordering="status")
    def status_badge(self, obj):
        if obj.is_scheduled:
            return format_html(
                "{} {}",
                _("Scheduled for"),
                timezone.localtime(obj.publish_at).strftime("%H:%M %d/%m/%Y"),
            )
        return obj.get_status_display()


class TranslatedLanguagesColumn:
    """A `translated_languages` column for the change list: the codes of the languages an item
    is translated into (its `title_field` is)."""

    @admin.display(description=_("translated into"))
    def translated_languages(self, obj):
        return ", ".join(translated_languages(obj, obj.title_field))
