from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QaConfig(AppConfig):
    name = "qa"
    verbose_name = _("Questions and answers")

    def ready(self):
        from ubdt_portal import sitemaps
        from ubdt_portal.publishing import home
        from ubdt_portal.search import registry

        from . import home_panels, search, sections
        from .models import PublishedQuestion

        registry.register(search.answers)
        # The published answers only: a citizen's own question (Question) is never public.
        sitemaps.register_pages("qa:list", "qa:ask")
        sitemaps.register("hoi-dap", sitemaps.PublishableSitemap, model=PublishedQuestion)
        sections.register_all()
        home.register(home_panels.assigned_to_me, position=0)
        home.register(home_panels.overdue, position=1)
