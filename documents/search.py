"""What the legal-document library gives the site-wide search (registered from apps.py)."""

from django.utils.translation import gettext_lazy as _

from ubdt_portal.search.registry import SearchSource

from .models import LegalDocument

documents = SearchSource(
    key="documents",
    label=_("Legal documents"),
    queryset=lambda: LegalDocument.objects.all(),
    list_url_name="documents:list",
)
