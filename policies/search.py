"""What benefits give the site-wide search (registered from apps.py)."""

from django.utils.translation import gettext_lazy as _

from ubdt_portal.search.registry import SearchSource

from .models import Benefit

benefits = SearchSource(
    key="benefits",
    label=_("Benefits"),
    queryset=lambda: Benefit.objects.all(),
    list_url_name="policies:list",
)
