"""What the policy library gives the site-wide search (registered from apps.py)."""

from django.utils.translation import gettext_lazy as _

from ubdt_portal.search.registry import SearchSource

from .models import Benefit, Policy

# Results show the in-force status: annotated here, so a page of results is one query.
policies = SearchSource(
    key="policies",
    label=_("Policies"),
    queryset=lambda: Policy.objects.with_legal_status(),
    list_url_name="policies:list",
)

benefits = SearchSource(
    key="benefits",
    label=_("Benefits"),
    queryset=lambda: Benefit.objects.all(),
    list_url_name="policies:list",
)
