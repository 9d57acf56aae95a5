"""Admin behaviour shared by every publishable content type: who may publish, the publish and
withdraw actions, a preview link, and revisions that can be compared and restored."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from .models import Status
from .richtext import RichTextField, RichTextWidget

EDITOR_STATUSES = (Status.DRAFT, Status.REVIEW)


class PublishingAdmin(SimpleHistoryAdmin):
    """Editors write drafts and send them for review; only holders of the model's `publish_*`
    permission (editors-in-chief) publish, schedule, withdraw or archive. The history page
    (django-simple-history) lists each revision with its changed fields and restores any."""

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

    def get_readonly_fields(self, request, obj=None):
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
            stored_publish_at = stored["publish_at"] if stored else None
            if stored_status not in EDITOR_STATUSES or obj.status not in EDITOR_STATUSES:
                raise PermissionDenied
            if obj.publish_at != stored_publish_at:
                raise PermissionDenied
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

    @admin.display(description=_("status"), ordering="status")
    def status_badge(self, obj):
        if obj.is_scheduled:
            return format_html(
                "{} {}",
                _("Scheduled for"),
                timezone.localtime(obj.publish_at).strftime("%H:%M %d/%m/%Y"),
            )
        return obj.get_status_display()
