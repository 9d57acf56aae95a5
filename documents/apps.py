from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Legal documents")

    def ready(self):
        from ubdt_portal import sitemaps
        from ubdt_portal.files import registry as files
        from ubdt_portal.search import registry

        from . import forms, search  # noqa: F401 (forms: the issuer list forgets on save)
        from .models import DocumentAttachment, LegalDocument

        registry.register(search.documents)
        sitemaps.register_pages("documents:list")
        sitemaps.register("van-ban", sitemaps.PublishableSitemap, model=LegalDocument)
        # A document's files are public when the document is.
        files.register(DocumentAttachment, "file", owner="document")
