import unicodedata

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def normalise_login_name(name):
    """An e-mail address as accounts store it and as logins are looked up and counted: NFKC
    (full-width letters, the Kelvin sign, the long s become plain letters), case-folded, trimmed.

    Only this exact form names an account. Anything else (`hoıdap@…` with a dotless ı) is a
    different name, never a case-insensitive match: PostgreSQL's UPPER() would turn ı into I."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    # Case folding can undo NFKC for a few characters; normalise once more.
    return unicodedata.normalize("NFKC", folded).strip()


def validate_ascii_address(address):
    """Staff addresses are plain ASCII. Django's e-mail validator matches letters ignoring case
    the Unicode way and so lets `hoıdap@…` (dotless ı) or `ſ` through; an account named like
    that would be a look-alike of a colleague's."""
    if not address.isascii():
        raise ValidationError(
            _(
                "An e-mail address may contain only Latin letters without diacritics, digits "
                "and signs such as . - _ @."
            ),
            code="invalid",
        )


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=normalise_login_name(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields["is_staff"] = True
        extra_fields["is_superuser"] = True
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, email):
        return self.get(email=normalise_login_name(email))


class User(AbstractUser):
    """A staff member. Citizens never need an account: they ask questions anonymously."""

    username = None
    email = models.EmailField(_("e-mail address"), unique=True, validators=[validate_ascii_address])
    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    job_title = models.CharField(_("job title"), max_length=150, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        ordering = ["email"]
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.full_name or self.email

    @classmethod
    def normalize_username(cls, username):
        # Used by forms (AbstractBaseUser.clean), so addresses typed in the admin are stored in
        # the one form that logins look up.
        return normalise_login_name(username) if isinstance(username, str) else username

    def save(self, *args, **kwargs):
        self.email = self.normalize_username(self.email)
        super().save(*args, **kwargs)

    def get_full_name(self):
        return self.full_name or self.email

    def get_short_name(self):
        return self.full_name or self.email


class RoleChange(models.Model):
    """One change of one part of someone's roles: who made it, when, on whose account, and the
    value before and after (see accounts/role_changes.py). The addresses are kept as they were,
    so the record still reads right once an account is renamed or deleted."""

    class Aspect(models.TextChoices):
        GROUPS = "groups", _("roles")
        USER_PERMISSIONS = "user_permissions", _("individual permissions")
        IS_ACTIVE = "is_active", _("active")
        IS_STAFF = "is_staff", _("staff status")
        IS_SUPERUSER = "is_superuser", _("superuser status")

    changed_at = models.DateTimeField(_("changed at"), default=timezone.now, db_index=True)
    changed_by = models.ForeignKey(
        User,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("changed by"),
    )
    changed_by_email = models.CharField(_("changed by"), max_length=254, blank=True)
    account = models.ForeignKey(
        User,
        on_delete=models.SET_NULL,
        null=True,
        related_name="role_changes",
        verbose_name=_("account"),
    )
    account_email = models.CharField(_("account"), max_length=254)
    aspect = models.CharField(_("what changed"), max_length=20, choices=Aspect.choices)
    before = models.JSONField(_("before"))
    after = models.JSONField(_("after"))

    class Meta:
        ordering = ["-changed_at", "-pk"]
        verbose_name = _("role change")
        verbose_name_plural = _("role changes")

    def __str__(self):
        return f"{self.account_email}: {self.get_aspect_display()}"


def login_attempt_username(request, credentials):
    """The account a login attempt targets, as django-axes counts it: the e-mail address typed
    in the login form's `username` field, normalised as accounts are looked up, so that no way
    of typing one account's name gets a counter of its own."""
    source = credentials or getattr(request, "POST", {}) or {}
    name = source.get("username") or source.get("email") or ""
    return normalise_login_name(name) or None
