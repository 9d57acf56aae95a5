from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from ubdt_portal import notices, sitemaps
        from ubdt_portal import sections as pages
        from ubdt_portal.search import registry

        from . import alerts, search, sections
        from .models import Alert, Article

        pages.register(
            "home",
            "news",
            order=20,
            template_name="news/home_section.html",
            get_context=sections.home_context,
        )
        pages.register(
            "ethnic_group",
            "news",
            order=20,
            template_name="news/ethnic_group_section.html",
            get_context=sections.ethnic_group_context,
        )
        for page, get_context in (
            ("benefit", sections.benefit_context),
            ("document", sections.document_context),
            ("commune", sections.commune_context),
        ):
            pages.register(
                page,
                "news",
                order=50,
                template_name="news/related_section.html",
                get_context=get_context,
            )
        registry.register(search.articles)
        sitemaps.register_pages("news:list")
        sitemaps.register("tin-tuc", sitemaps.PublishableSitemap, model=Article)
        notices.register(
            "alerts", template_name="news/alerts.html", get_notices=alerts.alerts_for_page
        )
        # A changed alert shows (or stops showing) at once, not after the cache time.
        post_save.connect(alerts.forget, sender=Alert, dispatch_uid="news_alerts_saved")
        post_delete.connect(alerts.forget, sender=Alert, dispatch_uid="news_alerts_deleted")
        m2m_changed.connect(
            alerts.forget, sender=Alert.provinces.through, dispatch_uid="news_alerts_provinces"
        )
