from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Legal documents")

    def ready(self):
        from ubdt_portal.files import registry as files
        from ubdt_portal.search import registry

        from . import search
        from .models import DocumentAttachment

        registry.register(search.documents)
        # A document's files are public when the document is.
        files.register(DocumentAttachment, "file", owner="document")
