from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import (
    ReadOnlyPasswordHashWidget,
    UserChangeForm,
    UserCreationForm,
)
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from .models import User, normalise_login_name, validate_ascii_address


class PortalUserCreationForm(UserCreationForm):
    class Meta:
        model = User
        fields = ("email", "full_name")


class PasswordSummaryWidget(ReadOnlyPasswordHashWidget):
    """What Django shows of a password (its algorithm, never the hash), without the button to
    the form that sets a new one."""

    template_name = "accounts/widgets/password_summary.html"


class PortalUserChangeForm(UserChangeForm):
    # True on the subclass UserAdmin.get_form makes for an account whose password, address and
    # active flag the viewer may not change (accounts/credentials.py).
    credentials_locked = False

    class Meta:
        model = User
        fields = "__all__"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        password = self.fields.get("password")
        if self.credentials_locked and password is not None:
            password.widget = PasswordSummaryWidget()
            password.help_text = _(
                "This account holds rights that you do not hold, so you cannot change its "
                "password, e-mail address or active status."
            )


class StaffLoginForm(AdminAuthenticationForm):
    """The admin's login form, with messages of our own in the portal's catalogs and the log-in
    name checked and normalised before any password is (and any attempt counted)."""

    max_name_length = User._meta.get_field("email").max_length

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        # Django's message says both fields may be case-sensitive; the address is not.
        "invalid_login": _(
            "Please enter the correct e-mail address and password of a staff account."
        ),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].error_messages["required"] = _("Please enter your e-mail address.")
        self.fields["password"].error_messages["required"] = _("Please enter your password.")

    def clean_username(self):
        name = self.cleaned_data["username"]
        # A name already too long is not worth normalising; NFKC can also lengthen one.
        if len(name) <= self.max_name_length:
            name = normalise_login_name(name)
        if len(name) > self.max_name_length:
            raise ValidationError(
                _("The e-mail address is too long: at most %(limit)d characters."),
                code="max_length",
                params={"limit": self.max_name_length},
            )
        try:
            validate_email(name)
            # Refuses look-alikes such as hoıdap@… (dotless ı) before any password is checked
            # or any attempt counted: no account's address can contain one.
            validate_ascii_address(name)
        except ValidationError:
            raise ValidationError(
                _("Please enter a valid e-mail address, for example ten@coquan.gov.vn."),
                code="invalid",
            ) from None
        return name
