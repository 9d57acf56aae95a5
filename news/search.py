"""What the news gives the site-wide search (registered from apps.py)."""

from django.utils.translation import gettext_lazy as _

from ubdt_portal.search.registry import SearchSource

from .models import Article

articles = SearchSource(
    key="news",
    label=_("News"),
    queryset=lambda: Article.objects.select_related("category"),
    list_url_name="",
)
