"""Reference data every domain app points at: ethnic groups, provinces, topics, commune regions,
and the site settings a state portal's header and footer must show."""

from django.core.cache import cache
from django.db import models
from django.db.models.functions import Collate
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class EthnicGroup(models.Model):
    name = models.CharField(_("official name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    other_names = models.TextField(
        _("other names"),
        blank=True,
        help_text=_(
            "Other names and spellings, separated by semicolons. Searchable, not shown first."
        ),
    )
    census_rank = models.PositiveSmallIntegerField(
        _("rank by population (2019 census)"), null=True, blank=True
    )
    is_minority = models.BooleanField(_("ethnic minority"), default=True)
    is_very_small = models.BooleanField(
        _("very small ethnic group"),
        default=False,
        help_text=_("Fewer than 10,000 people; entitled to extra support."),
    )
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["census_rank", "name"]
        verbose_name = _("ethnic group")
        verbose_name_plural = _("ethnic groups")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("ethnic_group", kwargs={"slug": self.slug})

    @property
    def other_name_list(self):
        return [n.strip() for n in self.other_names.split(";") if n.strip()]


class Province(models.Model):
    class Kind(models.TextChoices):
        CITY = "thanh-pho", _("centrally-run city")
        PROVINCE = "tinh", _("province")

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)

    class Meta:
        # Vietnamese dictionary order: Đ after D, tones in order.
        ordering = [Collate("name", "vi-x-icu")]
        verbose_name = _("province")
        verbose_name_plural = _("provinces")

    def __str__(self):
        return self.name


class FormerProvince(models.Model):
    """A province-level unit abolished on 01/07/2025, mapped to the one that absorbed it, so that
    documents naming old units can be filtered by today's provinces."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    province = models.ForeignKey(
        Province,
        on_delete=models.PROTECT,
        related_name="former_units",
        verbose_name=_("merged into"),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("former province (before 07/2025)")
        verbose_name_plural = _("former provinces (before 07/2025)")

    def __str__(self):
        return self.name


class Topic(models.Model):
    name = models.CharField(_("name"), max_length=150, unique=True)
    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name


class CommuneRegion(models.Model):
    """Khu vực I/II/III: ethnic-minority communes classified by difficulty (Decree 272/2025)."""

    code = models.CharField(_("code"), max_length=5, unique=True)
    name = models.CharField(_("name"), max_length=100)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("commune region")
        verbose_name_plural = _("commune regions")

    def __str__(self):
        return self.name


class SiteSettings(models.Model):
    """The one record of organisation details shown in every page's header and footer."""

    CACHE_KEY = "reference:site-settings"

    site_name = models.CharField(_("site name"), max_length=200)
    organisation_name = models.CharField(_("governing agency"), max_length=200)
    operating_unit = models.CharField(_("operated by"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300)
    hotline = models.CharField(_("hotline"), max_length=50, blank=True)
    phone = models.CharField(_("telephone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    responsible_person = models.CharField(
        _("person responsible for content"),
        max_length=200,
        help_text=_("Name and title, as the footer of a state portal must show."),
    )
    licence = models.CharField(
        _("licence line"),
        max_length=300,
        blank=True,
        help_text=_("The operating licence of the portal (number, date, issuer)."),
    )
    copyright_notice = models.CharField(_("reuse notice"), max_length=300, blank=True)
    qa_overdue_working_days = models.PositiveSmallIntegerField(
        _("working days before a question is overdue"), default=10
    )

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self):
        return str(_("Site settings"))

    def save(self, *args, **kwargs):
        self.pk = 1  # there is only ever one
        super().save(*args, **kwargs)
        cache.delete(self.CACHE_KEY)

    def delete(self, *args, **kwargs):
        cache.delete(self.CACHE_KEY)
        return super().delete(*args, **kwargs)

    @classmethod
    def load(cls):
        """The settings record, cached because every page shows it."""
        settings = cache.get(cls.CACHE_KEY)
        if settings is None:
            settings = cls.objects.filter(pk=1).first()
            if settings is None:
                settings = cls(
                    pk=1, site_name="", organisation_name="", address="", responsible_person=""
                )
            cache.set(cls.CACHE_KEY, settings, 300)
        return settings
