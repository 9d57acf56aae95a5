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


class LifeSituation(models.Model):
    """A moment in a person's life a benefit helps with ("a child starts school", "building a
    house"): how citizens look for help when they know no legal name for it."""

    name = models.CharField(_("name"), max_length=150, unique=True)
    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("life situation")
        verbose_name_plural = _("life situations")

    def __str__(self):
        return self.name


class Commune(models.Model):
    """A commune-level unit (xã, phường, đặc khu) in force since 01/07/2025, with its official
    code; 3,321 of them, loaded by data migration from the vietnam-provinces package."""

    class Kind(models.TextChoices):
        COMMUNE = "xa", _("commune")
        WARD = "phuong", _("ward")
        SPECIAL_ZONE = "dac-khu", _("special zone")

    code = models.CharField(_("official code"), max_length=5, unique=True)
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=120)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    province = models.ForeignKey(
        Province, on_delete=models.PROTECT, related_name="communes", verbose_name=_("province")
    )

    class Meta:
        ordering = [Collate("name", "vi-x-icu")]
        verbose_name = _("commune")
        verbose_name_plural = _("communes")
        constraints = [
            models.UniqueConstraint(fields=["province", "slug"], name="unique_commune_slug")
        ]

    def __str__(self):
        return f"{self.name}, {self.province.name}"

    def current_classification(self):
        """What the most recent region list that names this commune says of it (None when no
        list names it): its region, whether it is in the ethnic-minority area, its especially
        difficult villages."""
        return (
            self.classifications.select_related("region", "region_list")
            .order_by("-region_list__decision_date", "-region_list_id")
            .first()
        )


class RegionList(models.Model):
    """A decision that classifies communes into regions I/II/III and names their especially
    difficult villages (e.g. 60/QĐ-BDTTG of 29/01/2026), imported by an editor from a CSV file.
    Importing a list for the same decision again replaces it."""

    decision_number = models.CharField(_("decision number"), max_length=50, unique=True)
    decision_date = models.DateField(_("signed on"))
    title = models.CharField(_("title"), max_length=500)
    is_sample = models.BooleanField(
        _("sample data"),
        default=False,
        help_text=_("Demonstration data, not the official list; pages say so."),
    )
    imported_at = models.DateTimeField(_("imported at"), auto_now=True)

    class Meta:
        ordering = ["-decision_date", "-pk"]
        verbose_name = _("commune region list")
        verbose_name_plural = _("commune region lists")

    def __str__(self):
        return self.decision_number


class CommuneClassification(models.Model):
    """What one region list says of one commune. A commune's current classification is the one
    in the most recent list that names it."""

    region_list = models.ForeignKey(
        RegionList,
        on_delete=models.CASCADE,
        related_name="classifications",
        verbose_name=_("region list"),
    )
    commune = models.ForeignKey(
        Commune,
        on_delete=models.CASCADE,
        related_name="classifications",
        verbose_name=_("commune"),
    )
    region = models.ForeignKey(
        CommuneRegion,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="classifications",
        verbose_name=_("region"),
        help_text=_("Empty for a commune outside the area that has minority villages."),
    )
    in_minority_area = models.BooleanField(_("in the ethnic-minority area"), default=True)
    difficult_villages = models.TextField(
        _("especially difficult villages"), blank=True, help_text=_("One village per line.")
    )

    class Meta:
        ordering = ["-region_list__decision_date"]
        verbose_name = _("commune classification")
        verbose_name_plural = _("commune classifications")
        constraints = [
            models.UniqueConstraint(
                fields=["region_list", "commune"], name="one_classification_per_list"
            )
        ]

    def __str__(self):
        return f"{self.commune_id} ({self.region_list_id})"

    @property
    def village_list(self):
        return [v.strip() for v in self.difficult_villages.splitlines() if v.strip()]


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
