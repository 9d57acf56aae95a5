from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import PasswordResetForm
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ubdt_portal.admin_lists import OfferedFiltersAdmin

from . import (
    admin_access,  # noqa: F401 - the admin of groups and login records
    credentials,
    role_changes,
    roles,
)
from .forms import PortalUserChangeForm, PortalUserCreationForm, StaffLoginForm
from .models import RoleChange, User

admin.site.login_form = StaffLoginForm


@admin.register(User)
class UserAdmin(OfferedFiltersAdmin, DjangoUserAdmin):
    form = PortalUserChangeForm
    add_form = PortalUserCreationForm
    ordering = ("email",)
    list_display = ("email", "full_name", "job_title", "roles", "is_active", "last_login")
    list_filter = ("is_active", "is_staff", "groups")
    search_fields = ("email", "full_name")
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Personal info"), {"fields": ("full_name", "job_title")}),
        (_("Roles and access"), {"fields": ("is_active", "is_staff", "is_superuser", "groups")}),
        (_("Important dates"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": ("email", "full_name", "job_title", "groups", "password1", "password2"),
            },
        ),
    )
    readonly_fields = ("last_login", "date_joined")
    # Roles are ticked by name, with what each may do (formfield_for_manytomany).
    filter_horizontal = ("user_permissions",)
    # An account is deactivated, never deleted: its name stays in the history of what it did.
    actions = ["deactivate_selected", "activate_selected", "send_password_reset"]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "groups":
            kwargs["widget"] = forms.CheckboxSelectMultiple
            kwargs["queryset"] = db_field.related_model.objects.filter(
                name__in=roles.ROLES
            ).order_by("name")
            field = super().formfield_for_manytomany(db_field, request, **kwargs)
            field.label = _("roles")
            field.help_text = _("Tick the roles this person holds.")
            field.label_from_instance = lambda group: (
                f"{group.name} — {roles.DESCRIPTIONS[group.name]}"
                if group.name in roles.DESCRIPTIONS
                else group.name
            )
            return field
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Deactivate the selected accounts"), permissions=["change"])
    def deactivate_selected(self, request, queryset):
        self._set_active(request, queryset, False)

    @admin.action(description=_("Reactivate the selected accounts"), permissions=["change"])
    def activate_selected(self, request, queryset):
        self._set_active(request, queryset, True)

    def _set_active(self, request, queryset, active):
        changed, refused = [], []
        with role_changes.changes_by(request.user):
            for account in queryset:
                if account.pk == request.user.pk or self._credentials_locked(request, account):
                    refused.append(account)
                    continue
                if account.is_active != active:
                    account.is_active = active
                    account.save(update_fields=["is_active"])
                    changed.append(account)
        if changed:
            count = len(changed)
            if active:
                message = ngettext(
                    "%(count)d account reactivated.", "%(count)d accounts reactivated.", count
                )
            else:
                message = ngettext(
                    "%(count)d account deactivated.", "%(count)d accounts deactivated.", count
                )
            self.message_user(request, message % {"count": len(changed)}, messages.SUCCESS)
        if refused:
            self.message_user(
                request,
                _(
                    "Not changed (your own account, or one holding rights you do not hold): "
                    "%(accounts)s"
                )
                % {"accounts": ", ".join(account.email for account in refused)},
                messages.WARNING,
            )

    @admin.action(description=_("Send a password reset e-mail"), permissions=["change"])
    def send_password_reset(self, request, queryset):
        """The person sets a new password themselves from a link sent to their own address:
        no one else learns it."""
        sent = []
        for account in queryset.filter(is_active=True):
            if account.is_superuser and not request.user.is_superuser:
                continue
            form = PasswordResetForm({"email": account.email})
            if form.is_valid():
                form.save(request=request, use_https=request.is_secure())
                sent.append(account.email)
        self.message_user(
            request,
            _("Password reset e-mail sent to: %(accounts)s") % {"accounts": ", ".join(sent) or "—"},
            messages.SUCCESS if sent else messages.WARNING,
        )

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    @admin.display(description=_("roles"))
    def roles(self, obj):
        return ", ".join(group.name for group in obj.groups.all())

    def has_change_permission(self, request, obj=None):
        # A superuser's account (password included) is changed only by a superuser.
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def _credentials_locked(self, request, obj):
        if obj is None:
            return False
        # Asked by the form, its read-only fields and the password view: decide once a request.
        decided = request.__dict__.setdefault("_credentials_locked", {})
        if obj.pk not in decided:
            decided[obj.pk] = not credentials.may_change_credentials(request.user, obj)
        return decided[obj.pk]

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if self._credentials_locked(request, obj):
            form = type(form.__name__, (form,), {"credentials_locked": True})
        return form

    def user_change_password(self, request, id, form_url=""):
        # Setting someone's password is signing in as them: not for one holding fewer rights.
        if self._credentials_locked(request, self.get_object(request, unquote(id))):
            raise PermissionDenied
        return super().user_change_password(request, id, form_url)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        # The password is shown without its button (the form's own doing, see get_form).
        if self._credentials_locked(request, obj):
            fields.extend(field for field in ("email", "is_active") if field not in fields)
        # Only a superuser may hand out superuser rights.
        if not request.user.is_superuser:
            fields.append("is_superuser")
        # No one changes their own roles (role_changes refuses it on the server as well).
        if obj is not None and obj.pk == request.user.pk:
            fields.extend(sorted(role_changes.OWN_ROLES - set(fields)))
        return fields

    # Both saves name the person making the change in the role-change record.
    def save_model(self, request, obj, form, change):
        with role_changes.changes_by(request.user):
            super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        with role_changes.changes_by(request.user):
            super().save_related(request, form, formsets, change)


@admin.register(RoleChange)
class RoleChangeAdmin(OfferedFiltersAdmin, admin.ModelAdmin):
    """The record of role changes: for superusers and system administrators to read, changed by
    no one."""

    list_display = ("changed_at", "changed_by_email", "account_email", "aspect", "was", "became")
    list_filter = ("aspect",)
    search_fields = ("account_email", "changed_by_email")
    fields = list_display
    readonly_fields = list_display

    @admin.display(description=_("before"))
    def was(self, obj):
        return self._describe(obj.before)

    @admin.display(description=_("after"))
    def became(self, obj):
        return self._describe(obj.after)

    @staticmethod
    def _describe(value):
        if isinstance(value, bool):
            return _("yes") if value else _("no")
        return ", ".join(value) or _("(none)")

    def has_module_permission(self, request):
        return request.user.is_active and request.user.has_perm("accounts.view_rolechange")

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
