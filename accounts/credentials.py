"""Who may change how an account signs in: its password, its e-mail address (the log-in name) and
whether it is active.

Whoever sets an account's password or address can sign in as it and use its rights; whoever
deactivates it locks its owner out. So someone who is not a superuser changes these only on
accounts that hold no permission they do not hold themselves: the system administrator manages
the accounts of new staff, but cannot take over the editor-in-chief's and publish. Superusers may
change any account; a superuser's account is changed by superusers only (UserAdmin).

Assigning roles is not limited by this rule: it is the system administrator's job, and every
change of roles is recorded (role_changes).
"""

from django.contrib.auth.models import Permission
from django.db.models import Q


def carried_permissions(account):
    """The permissions the account holds through its groups and its own, as "app.codename",
    whether or not it is active: a deactivated account's rights come back with reactivation
    (Django's get_all_permissions() is empty for it)."""
    held = Permission.objects.filter(Q(user=account) | Q(group__user=account))
    return {
        f"{app_label}.{codename}"
        for app_label, codename in held.values_list("content_type__app_label", "codename")
    }


def may_change_credentials(actor, account):
    """Whether `actor` may change `account`'s password, e-mail address and active flag."""
    if actor.is_superuser:
        return True
    if account.is_superuser:
        return False
    return carried_permissions(account) <= actor.get_all_permissions()
