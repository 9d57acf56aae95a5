from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The portal as a whole: its system checks, page shell templates and template tags."""

    name = "ubdt_portal"
    verbose_name = _("Portal")

    def ready(self):
        from . import security_checks  # noqa: F401 (registers the checks)
