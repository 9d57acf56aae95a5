from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PoliciesConfig(AppConfig):
    name = "policies"
    verbose_name = _("Benefits")

    def ready(self):
        from documents.models import statuses_read
        from ubdt_portal import sections as pages
        from ubdt_portal import sitemaps
        from ubdt_portal.files import registry as files
        from ubdt_portal.search import registry

        from . import search, sections, statuses
        from .models import Benefit, BenefitAudio

        for page, get_context in [
            ("home", sections.home_context),
            ("ethnic_group", sections.ethnic_group_context),
            ("commune", sections.commune_context),
            ("document", sections.document_context),
        ]:
            pages.register(
                page,
                "benefits",
                order=10,
                template_name=f"policies/{page}_section.html",
                get_context=get_context,
            )
        registry.register(search.benefits)
        # Stored statuses follow the passing of time even when cron did not run.
        statuses_read.connect(statuses.keep_statuses_current, dispatch_uid="keep_statuses")
        sitemaps.register_pages("policies:list", "policies:finder")
        sitemaps.register("chinh-sach", sitemaps.PublishableSitemap, model=Benefit)
        # A benefit's recordings are public when the benefit is.
        files.register(BenefitAudio, "file", owner="benefit")
