"""Every change of anyone's roles is recorded where it happens, and no one changes their own.

A person's roles are their groups, their individual permissions and the is_active, is_staff and
is_superuser flags. Model signals catch every change however it is made (the admin, a command,
the shell) and write a RoleChange with the value before and after. The admin wraps its saves in
`changes_by(request.user)`, which names the person making the change, merges the remove-then-add
of one form save into one record per account and aspect, and refuses (PermissionDenied, rolled
back) any change to that person's own roles: the admin shows those fields read-only, and this is
the server's answer to a tampered form. Changes made outside `changes_by` are recorded without a
name (changed_by is empty: a command or the shell).
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models.signals import m2m_changed, post_save, pre_save
from django.dispatch import receiver

from .models import RoleChange, User

FLAGS = ("is_active", "is_staff", "is_superuser")
# What no one may change on their own account.
OWN_ROLES = {"groups", "user_permissions", "is_staff", "is_superuser"}

_current = ContextVar("role_changes", default=None)


class _Changes:
    def __init__(self, actor):
        self.actor = actor
        self.before = {}  # (account, aspect) -> the value first seen
        self.after = {}  # (account, aspect) -> the value last seen

    def note(self, account, aspect, before, after):
        if before == after:
            return
        if self.actor is not None and account.pk == self.actor.pk and aspect in OWN_ROLES:
            raise PermissionDenied("No one changes their own roles.")
        key = (account, aspect)
        self.before.setdefault(key, before)
        self.after[key] = after

    def write(self):
        for (account, aspect), before in self.before.items():
            after = self.after[(account, aspect)]
            if before != after:
                RoleChange.objects.create(
                    changed_by_id=self.actor.pk if self.actor is not None else None,
                    changed_by_email=self.actor.email if self.actor is not None else "",
                    account_id=account.pk,
                    account_email=account.email,
                    aspect=aspect,
                    before=before,
                    after=after,
                )


@contextmanager
def changes_by(actor):
    """Record the role changes made inside the block as made by `actor`, in one transaction."""
    changes = _Changes(actor)
    token = _current.set(changes)
    try:
        with transaction.atomic():
            yield
            changes.write()
    finally:
        _current.reset(token)


def _note(account, aspect, before, after):
    changes = _current.get()
    if changes is not None:
        changes.note(account, aspect, before, after)
    else:
        unnamed = _Changes(actor=None)
        unnamed.note(account, aspect, before, after)
        unnamed.write()


# The flags --------------------------------------------------------------------------------


@receiver(pre_save, sender=User)
def _flags_before(sender, instance, raw, update_fields, **kwargs):
    if raw or (update_fields is not None and not set(FLAGS) & set(update_fields)):
        return  # fixtures, and saves such as last_login's that leave the flags alone
    stored = User.objects.filter(pk=instance.pk).values(*FLAGS).first() if instance.pk else None
    # A new account "had" the defaults: one created as staff or superuser is recorded.
    instance._role_flags_before = stored or {
        flag: User._meta.get_field(flag).get_default() for flag in FLAGS
    }


@receiver(post_save, sender=User)
def _flags_after(sender, instance, **kwargs):
    before = instance.__dict__.pop("_role_flags_before", None)
    if before is None:
        return
    for flag in FLAGS:
        _note(instance, flag, before[flag], getattr(instance, flag))


# Groups and individual permissions --------------------------------------------------------


def _groups(account_pk):
    return sorted(Group.objects.filter(user__pk=account_pk).values_list("name", flat=True))


def _permissions(account_pk):
    return sorted(
        f"{app_label}.{codename}"
        for app_label, codename in Permission.objects.filter(user__pk=account_pk).values_list(
            "content_type__app_label", "codename"
        )
    )


_SNAPSHOTS = {
    User.groups.through: ("groups", _groups),
    User.user_permissions.through: ("user_permissions", _permissions),
}


def _roles_changed(sender, instance, action, reverse, pk_set, **kwargs):
    aspect, snapshot = _SNAPSHOTS[sender]
    if action.startswith("pre_"):
        if not reverse:
            accounts = [instance.pk]
        elif action == "pre_clear":  # a group (or permission) losing all its members
            accounts = list(instance.user_set.values_list("pk", flat=True))
        else:
            accounts = list(pk_set)
        instance._roles_before = {pk: snapshot(pk) for pk in accounts}
    else:
        before = instance.__dict__.pop("_roles_before", {})
        for pk, value in before.items():
            account = instance if not reverse else User.objects.get(pk=pk)
            _note(account, aspect, value, snapshot(pk))


for _through in _SNAPSHOTS:
    m2m_changed.connect(_roles_changed, sender=_through, dispatch_uid=f"role_changes.{_through}")
