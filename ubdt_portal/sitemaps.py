"""The sitemap: /sitemap.xml indexes sections (django.contrib.sitemaps), each listing public
pages once per language they are written in, every address with hreflang alternates to the
page's other languages and x-default to the Vietnamese page.

The shared code never imports a domain app: apps declare their sections and their fixed pages
from AppConfig.ready() —

    sitemaps.register("van-ban", sitemaps.PublishableSitemap, model=LegalDocument)
    sitemaps.register_pages("documents:list")

A content type's section narrows its items to published() itself. A section reads its
(item, language) pairs a language at a time, Vietnamese first: a page of the sitemap costs one
query for the counts and one per language it spans, however many items there are (Django's own
i18n sitemap reads every item of the section for every page).
"""

from functools import cached_property, partial

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.core.exceptions import ImproperlyConfigured
from django.core.paginator import Paginator
from django.db.models import Count, Max, Q
from django.db.models.functions import Greatest
from django.urls import reverse
from django.views.decorators.http import require_safe

from ubdt_portal.languages import (
    content_languages,
    default_language,
    in_language,
    localized_name,
    localized_names,
    translated_q,
)
from ubdt_portal.publishing.models import Publishable

# Addresses per sitemap page: with eight alternates each, a page stays far below the
# protocol's 50,000 addresses and 50 MB.
PER_PAGE = 2000


class LanguageSitemap(Sitemap):
    i18n = True
    alternates = True
    limit = PER_PAGE

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        # x-default is the Vietnamese page. Django's own x_default makes it by deleting the
        # first "/vi/" of the address, which would also cut a slug "vi" out of one.
        for url in urls:
            for alternate in list(url["alternates"]):
                if alternate["lang_code"] == default_language():
                    url["alternates"].append(
                        {"location": alternate["location"], "lang_code": "x-default"}
                    )
        return urls

    def interface_languages(self):
        """The languages a page's own words are in: the pages of every item exist in these."""
        return [code for code in content_languages() if code in settings.INTERFACE_LANGUAGES]


class PagesSitemap(LanguageSitemap):
    """The fixed pages (home, lists, finder…), named by URL name: they are written in the
    interface languages (on the pages of the other languages the interface is Vietnamese)."""

    def __init__(self, url_names):
        self.url_names = list(url_names)

    @property
    def languages(self):
        return self.interface_languages()

    def items(self):
        return self.url_names

    def location(self, item):
        return reverse(item)


class QuerySetSitemap(LanguageSitemap):
    """Rows of a model, each a page (`get_absolute_url`). Declarations:

    - `queryset`: the rows (a function returning them, evaluated at each request);
    - `url_method`: the row's method that answers its page's address, and
      `location_fields`: the columns it reads, relations' columns included
      ("province__slug"); only these and the language columns are read;
    - `translated_field`: a translated field whose translation makes the page exist in another
      language than the interface ones (None: the interface languages only);
    - `lastmod_expression`: the SQL expression of a row's last change, or None.
    """

    queryset = None
    location_fields = ("slug",)
    # The method of a row that answers its page's address.
    url_method = "get_absolute_url"
    translated_field = None
    lastmod_expression = None

    def __init__(self, **declarations):
        for name, value in declarations.items():
            if not hasattr(type(self), name):
                raise TypeError(f"{type(self).__name__} declares no {name!r}")
            setattr(self, name, value)

    def base_queryset(self):
        return self.queryset() if callable(self.queryset) else self.queryset.all()

    @cached_property
    def model(self):
        return self.base_queryset().model

    def always_languages(self):
        return self.interface_languages()

    def language_condition(self, language):
        """The rows whose page exists in `language`, as a condition (an empty Q: every row), or
        None when there is none."""
        if language in self.always_languages():
            return Q()
        if self.translated_field is None:
            return None
        if localized_name(self.model, self.translated_field, language) is None:
            return None
        return translated_q(self.model, self.translated_field, language)

    def get_languages_for_item(self, item):
        """The same rule for one row already read: the languages of its page."""
        always = self.always_languages()
        return [
            code
            for code in content_languages()
            if code in always
            or (self.translated_field and in_language(item, self.translated_field, code))
        ]

    def _read_fields(self):
        language_columns = (
            localized_names(self.model, self.translated_field) if self.translated_field else []
        )
        return [*self.location_fields, *language_columns]

    def items_in(self, language):
        """The rows whose page exists in `language`, in a stable order, with only what the
        sitemap shows."""
        queryset = (
            self.base_queryset()
            .filter(self.language_condition(language))
            .only(*self._read_fields())
            .order_by("pk")
        )
        if self.lastmod_expression is not None:
            queryset = queryset.annotate(sitemap_lastmod=self.lastmod_expression)
        return queryset

    @cached_property
    def summary(self):
        """How many rows each language has, and the latest change, in one query."""
        counts = {}
        for code in content_languages():
            condition = self.language_condition(code)
            if condition is not None:
                counts[code] = Count("pk", filter=condition) if condition else Count("pk")
        if not counts:
            return {}, None
        aggregates = {f"count_{code}": count for code, count in counts.items()}
        if self.lastmod_expression is not None:
            aggregates["latest"] = Max(self.lastmod_expression)
        row = self.base_queryset().order_by().aggregate(**aggregates)
        return {code: row[f"count_{code}"] for code in counts}, row.get("latest")

    @cached_property
    def paginator(self):
        return Paginator(LanguageVersions(self), self.limit)

    def items(self):
        return self.items_in(default_language())

    def location(self, item):
        return getattr(item, self.url_method)()

    def lastmod(self, item):
        return getattr(item, "sitemap_lastmod", None)

    def get_latest_lastmod(self):
        return self.summary[1]


class LanguageVersions:
    """A section's (row, language) pairs as a sequence the paginator slices: every row of the
    first language, then of the next; a slice reads only the rows it holds."""

    def __init__(self, sitemap):
        self.sitemap = sitemap

    def __len__(self):
        return sum(self.sitemap.summary[0].values())

    def __getitem__(self, index):
        if not isinstance(index, slice):
            raise TypeError("A sitemap's addresses are read a page at a time.")
        start, stop, _step = index.indices(len(self))
        pairs, offset = [], 0
        for language, count in self.sitemap.summary[0].items():
            low, high = max(start - offset, 0), min(stop - offset, count)
            if low < high:
                rows = self.sitemap.items_in(language)[low:high]
                pairs.extend((row, language) for row in rows)
            offset += count
        return pairs


class PublishableSitemap(QuerySetSitemap):
    """A content type's published items, each in Vietnamese and in every language its title
    is translated into; lastmod is its last change, or its publication when that came later."""

    def __init__(self, model, **declarations):
        if not issubclass(model, Publishable):
            raise ImproperlyConfigured(f"{model.__name__} is not publishable.")
        declarations.setdefault("queryset", model._default_manager.all)
        declarations.setdefault("translated_field", model.title_field)
        declarations.setdefault("lastmod_expression", Greatest("updated_at", "publish_at"))
        super().__init__(**declarations)

    def base_queryset(self):
        # Whatever queryset the section gave, the public sees published items only.
        return super().base_queryset().published()

    def always_languages(self):
        return [default_language()]


_sections = {}
_pages = ["home"]


def register(key, sitemap_class, **declarations):
    """Add the section `key` (its address is /sitemap-<key>.xml): a fresh
    `sitemap_class(**declarations)` answers each request."""
    _sections[key] = partial(sitemap_class, **declarations)


def register_pages(*url_names):
    """Fixed pages (a list, a form) to list, by URL name."""
    _pages.extend(name for name in url_names if name not in _pages)


def sections():
    return {"trang": partial(PagesSitemap, _pages), **_sections}


@require_safe
def index(request):
    return sitemap_views.index(request, sections(), sitemap_url_name="sitemap_section")


@require_safe
def section(request, section):
    return sitemap_views.sitemap(request, sections(), section=section)
