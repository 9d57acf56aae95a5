"""News: the agency's articles, in categories, and short alerts (a flood warning) shown at the
top of public pages until they expire."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ubdt_portal.publishing.models import Publishable, PublishableQuerySet, Sluggable
from ubdt_portal.publishing.richtext import RichTextField
from ubdt_portal.reference.models import EthnicGroup, Province
from ubdt_portal.search.models import Searchable


class Category(models.Model):
    """A news category (science and technology, environment, disaster prevention…); the
    standard ones arrive by data migration, editors may add more."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return f"{reverse('news:list')}?category={self.slug}"


class ArticleQuerySet(PublishableQuerySet):
    def for_listing(self):
        """Published articles, newest first, with what a list shows (category, picture) in
        one query, without the body."""
        return (
            self.published()
            .without_long_texts()
            .select_related("category", "image")
            .order_by("-publish_at", "-pk")
        )

    def for_detail(self):
        """Everything an article's page shows, in a fixed number of queries: related benefits
        and documents only when published."""
        from documents.models import LegalDocument
        from policies.models import Benefit

        return self.select_related("category", "image").prefetch_related(
            "ethnic_groups",
            "provinces",
            Prefetch("related_benefits", queryset=Benefit.objects.published().without_long_texts()),
            Prefetch(
                "related_documents",
                queryset=LegalDocument.objects.published().without_long_texts(),
            ),
        )

    def naming(self, relation, value):
        """Articles whose list `relation` (e.g. Article.ethnic_groups) holds `value`."""
        column = relation.field.m2m_reverse_name()
        return self.filter(
            pk__in=relation.through.objects.filter(**{column: value}).values("article_id")
        )


class Article(Publishable, Sluggable, Searchable):
    long_text_fields = ("body",)
    search_title_fields = ("title",)
    search_body_fields = ("lead", "author")

    title = models.CharField(_("title"), max_length=300)
    lead = models.TextField(
        _("lead"),
        max_length=600,
        help_text=_("One or two sentences that say what happened; shown in lists and feeds."),
    )
    body = RichTextField(_("body"))
    image = models.ForeignKey(
        "images.Image",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("image"),
        help_text=_("The picture shown at the top; its text alternative and caption are required."),
    )
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="articles", verbose_name=_("category")
    )
    author = models.CharField(
        _("source or author"),
        max_length=200,
        blank=True,
        help_text=_("Who wrote it, or where it was first published."),
    )
    featured = models.BooleanField(_("featured"), default=False)
    is_sample = models.BooleanField(
        _("sample content"),
        default=False,
        help_text=_("Demonstration text, not real news: the page says so."),
    )
    ethnic_groups = models.ManyToManyField(
        EthnicGroup, blank=True, related_name="articles", verbose_name=_("ethnic groups concerned")
    )
    provinces = models.ManyToManyField(
        Province, blank=True, related_name="articles", verbose_name=_("provinces concerned")
    )
    related_benefits = models.ManyToManyField(
        "policies.Benefit", blank=True, related_name="articles", verbose_name=_("related benefits")
    )
    related_documents = models.ManyToManyField(
        "documents.LegalDocument",
        blank=True,
        related_name="articles",
        verbose_name=_("related legal documents"),
    )

    objects = ArticleQuerySet.as_manager()
    list_url_name = "news:list"
    # Revisions are registered in translation.py, after modeltranslation's fields exist.

    class Meta:
        ordering = ["-publish_at", "-pk"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        permissions = [
            ("publish_article", _("Can publish, schedule, withdraw and archive articles"))
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:detail", kwargs={"slug": self.slug})

    @classmethod
    def detail_queryset(cls):
        return cls.objects.for_detail()

    def related_articles(self, count=3):
        """The newest other published articles of the same category (one query)."""
        return list(
            Article.objects.for_listing()
            .filter(category_id=self.category_id)
            .exclude(pk=self.pk)[:count]
        )


class AlertLevel(models.TextChoices):
    INFO = "info", _("Information")
    WARNING = "warning", _("Warning")
    DANGER = "danger", _("Danger")


class AlertQuerySet(models.QuerySet):
    def valid(self, now=None):
        """Published alerts whose time has come and not yet expired."""
        now = now or timezone.now()
        return self.filter(is_published=True, starts_at__lte=now, expires_at__gt=now)

    def not_expired(self, now=None):
        """Published alerts that are valid now or will be (scheduled)."""
        return self.filter(is_published=True, expires_at__gt=now or timezone.now())


class Alert(models.Model):
    """A short warning (a flood, a storm) that the editor-in-chief publishes: shown at the top
    of every public page while valid when it concerns the whole country, on the pages of its
    provinces when it names some, and on the home page always."""

    message = models.CharField(
        _("message"),
        max_length=300,
        help_text=_("One or two short sentences: what is happening, where, what to do."),
    )
    level = models.CharField(
        _("level"), max_length=10, choices=AlertLevel.choices, default=AlertLevel.WARNING
    )
    provinces = models.ManyToManyField(
        Province,
        blank=True,
        related_name="alerts",
        verbose_name=_("provinces"),
        help_text=_("Leave empty for a national alert, shown on every page."),
    )
    link = models.ForeignKey(
        Article,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("article with details"),
    )
    is_published = models.BooleanField(_("published"), default=False)
    starts_at = models.DateTimeField(_("shown from"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"))
    is_sample = models.BooleanField(
        _("sample content"), default=False, help_text=_("A demonstration, not a real alert.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = AlertQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at", "-pk"]
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")
        indexes = [models.Index(fields=["is_published", "expires_at"], name="news_alert_live")]

    def __str__(self):
        return self.message

    def clean(self):
        if self.expires_at and self.starts_at and self.expires_at <= self.starts_at:
            raise ValidationError(
                {"expires_at": _("The expiry time must come after the time it is shown from.")}
            )

    def is_valid_at(self, now):
        return self.is_published and self.starts_at <= now < self.expires_at
