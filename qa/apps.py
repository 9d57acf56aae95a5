from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QaConfig(AppConfig):
    name = "qa"
    verbose_name = _("Questions and answers")

    def ready(self):
        from ubdt_portal.search import registry

        from . import search, sections

        registry.register(search.answers)
        sections.register_all()
