"""What the published Q&A give the site-wide search (registered from apps.py)."""

from django.utils.translation import gettext_lazy as _

from ubdt_portal.search.registry import SearchSource

from .models import PublishedQuestion

answers = SearchSource(
    key="answers",
    label=_("Questions & answers"),
    queryset=lambda: PublishedQuestion.objects.all(),
    list_url_name="qa:list",
)
