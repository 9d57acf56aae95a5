"""What benefits give the site-wide search (registered from apps.py)."""

from django.utils.translation import gettext_lazy as _

from ubdt_portal.search.registry import SearchSource

from .models import Benefit

# Results show whether each benefit applies now: annotated here, so a page is one query.
benefits = SearchSource(
    key="benefits",
    label=_("Benefits"),
    queryset=lambda: Benefit.objects.with_applies_now(),
    list_url_name="policies:list",
)
