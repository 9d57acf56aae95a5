from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from .forms import PortalUserChangeForm, PortalUserCreationForm, StaffLoginForm
from .models import User

admin.site.login_form = StaffLoginForm


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
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
        (None, {"classes": ("wide",), "fields": ("email", "full_name", "password1", "password2")}),
    )
    readonly_fields = ("last_login", "date_joined")

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

    def get_readonly_fields(self, request, obj=None):
        # Only a superuser may hand out superuser rights.
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            fields.append("is_superuser")
        return fields
