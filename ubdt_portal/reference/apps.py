from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReferenceConfig(AppConfig):
    name = "ubdt_portal.reference"
    label = "reference"
    verbose_name = _("Reference data")

    def ready(self):
        from ubdt_portal import sitemaps

        from .models import Commune, EthnicGroup, Province

        sitemaps.register_pages("communes")
        # A group's page is in another language than the interface ones where its description
        # is translated; a commune's or a province's has no text of its own.
        sitemaps.register(
            "dan-toc",
            sitemaps.QuerySetSitemap,
            queryset=EthnicGroup.objects.all(),
            translated_field="description",
        )
        sitemaps.register(
            "tinh",
            sitemaps.QuerySetSitemap,
            queryset=Province.objects.all(),
            url_method="get_communes_url",
        )
        sitemaps.register(
            "xa",
            sitemaps.QuerySetSitemap,
            queryset=Commune.objects.select_related("province"),
            location_fields=("slug", "province__slug"),
        )
