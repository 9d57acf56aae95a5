"""The admin of models that accounts relies on but does not define: the role groups
(django.contrib.auth) and the login records (django-axes). They are registered again so that
their lists, like every list of the portal, filter only by what they offer — axes' lists would
otherwise pass any `?ip_address=` to PostgreSQL's inet type and fail on a junk address."""

from axes.admin import AccessAttemptAdmin, AccessFailureLogAdmin, AccessLogAdmin
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin
from django.contrib.auth.models import Group

from ubdt_portal.admin_lists import OfferedFiltersAdmin


class RoleAdmin(OfferedFiltersAdmin, GroupAdmin):
    pass


class LoginAttemptAdmin(OfferedFiltersAdmin, AccessAttemptAdmin):
    pass


class LoginLogAdmin(OfferedFiltersAdmin, AccessLogAdmin):
    pass


class LoginFailureLogAdmin(OfferedFiltersAdmin, AccessFailureLogAdmin):
    pass


for model, model_admin in (
    (Group, RoleAdmin),
    (AccessAttempt, LoginAttemptAdmin),
    (AccessLog, LoginLogAdmin),
    (AccessFailureLog, LoginFailureLogAdmin),
):
    if admin.site.is_registered(model):  # axes registers its own only with AXES_ENABLE_ADMIN
        admin.site.unregister(model)
        admin.site.register(model, model_admin)
