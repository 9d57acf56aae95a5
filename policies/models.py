"""Benefits: what a citizen gets and how to claim it, resting on legal documents (documents app)."""

import dataclasses
from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Case, Exists, OuterRef, Prefetch, Q, Value, When
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from documents.legal import LegalStatus
from documents.models import (
    Citation,
    LegalDocument,
    StatusesManager,
    legal_status_changed,
)
from ubdt_portal import uploads
from ubdt_portal.derived_columns import store_derived
from ubdt_portal.publishing.models import Publishable, PublishableQuerySet, Sluggable
from ubdt_portal.reference.models import (
    CommuneRegion,
    EthnicGroup,
    LifeSituation,
    Province,
    Topic,
)
from ubdt_portal.search.models import Searchable


class AppliesNow(models.TextChoices):
    """Whether a citizen can claim a benefit today, derived in one place
    (BenefitQuerySet.derived_applies_now) from its own dates and its legal basis. The six legal
    in-force labels stay on documents."""

    CURRENT = "dang-ap-dung", _("Applies now")
    UPCOMING = "sap-ap-dung", _("Starts soon")
    ENDED = "da-ket-thuc", _("Has ended")

    @classmethod
    def tone(cls, value):
        return {cls.CURRENT: "ok", cls.UPCOMING: "warn"}.get(value, "off")


# Benefit.applies_now_rank of an ended benefit: lists show it last.
ENDED_RANK = 2


class BenefitQuerySet(PublishableQuerySet):
    @staticmethod
    def derived_applies_now(today=None):
        """Whether a benefit applies now (an AppliesNow value), derived in this one place, so
        that badge, filters, finder, sections and search always agree:

        - its own period first: ended after `ends_on`, starting soon before `starts_on`;
        - then its published legal basis: applies while one of its documents is in force (or
          partly in force); starts soon when the only ones left are not yet in force; ended
          when none of them applies any more;
        - with no published legal basis, its own period alone decides.

        The documents' statuses are their stored ones: refresh those first.
        """
        today = today or timezone.localdate()
        documents = LegalDocument.objects.published()

        def basis(queryset):
            return Exists(
                LegalBasis.objects.filter(
                    benefit=OuterRef("pk"), document__in=queryset.values("pk")
                )
            )

        in_force = [LegalStatus.IN_FORCE, LegalStatus.PARTLY_EXPIRED]
        return Case(
            When(ends_on__lt=today, then=Value(AppliesNow.ENDED)),
            When(starts_on__gt=today, then=Value(AppliesNow.UPCOMING)),
            When(
                basis(documents.filter(legal_status__in=in_force)),
                then=Value(AppliesNow.CURRENT),
            ),
            When(
                basis(documents.filter(legal_status=LegalStatus.NOT_YET)),
                then=Value(AppliesNow.UPCOMING),
            ),
            When(basis(documents), then=Value(AppliesNow.ENDED)),
            default=Value(AppliesNow.CURRENT),
            output_field=models.CharField(),
        )

    def with_applies_now(self, today=None):
        """Annotate `derived_applies_now`: the rule applied as of `today`. Pages read the
        stored `applies_now` column instead, kept equal to it by refresh_applies_now()."""
        return self.annotate(derived_applies_now=self.derived_applies_now(today))

    def refresh_applies_now(self, today=None):
        """Store the derived value in `applies_now` for the benefits of this queryset whose
        stored one differs; returns their ids (none written when nothing changed)."""
        return store_derived(self, "applies_now", self.derived_applies_now(today))

    def not_ended(self):
        """What a citizen can still claim (or soon); on the rank, which the listing index holds."""
        return self.filter(applies_now_rank__lt=ENDED_RANK)

    def for_listing(self):
        """Published benefits with what a card shows, in a fixed number of queries: what
        applies now first, then what starts soon, then what has ended — the order of the
        index `policies_listing_<language>`, so a page is read from it."""
        return (
            self.published()
            .without_long_texts()
            .prefetch_related("amounts")
            .order_by("applies_now_rank", "-featured", "title", "pk")
        )

    def for_detail(self):
        """Everything a benefit's page shows, in a fixed number of queries: its legal basis
        (published documents, with their in-force status), its successor when public, and
        recordings in the page's language and in the default one."""
        bases = LegalBasis.objects.filter(
            document__in=LegalDocument.objects.published().values("pk")
        ).prefetch_related(
            Prefetch(
                "document",
                queryset=LegalDocument.objects.without_long_texts(),
            )
        )
        return self.select_related("successor").prefetch_related(
            "amounts",
            "topics",
            "ethnic_groups",
            "provinces",
            "regions",
            "life_situations",
            Prefetch("legal_basis", queryset=bases),
            Prefetch(
                "recordings",
                queryset=BenefitAudio.objects.filter(
                    language__in={get_language(), settings.LANGUAGE_CODE}
                ),
            ),
        )

    def targeting(self, relation, value):
        """Benefits whose targeting list `relation` (e.g. Benefit.ethnic_groups) is empty,
        meaning "all", or holds `value`. Subqueries rather than joins: no duplicates."""
        through = relation.through.objects
        column = relation.field.m2m_reverse_name()
        return self.filter(
            ~Q(pk__in=through.values("benefit_id"))
            | Q(pk__in=through.filter(**{column: value}).values("benefit_id"))
        )

    def naming(self, relation, value):
        """Benefits whose targeting list `relation` names `value` explicitly."""
        return self.filter(pk__in=self.names(relation, value))

    @staticmethod
    def names(relation, value):
        column = relation.field.m2m_reverse_name()
        return relation.through.objects.filter(**{column: value}).values("benefit_id")

    def for_everyone_in(self, relation):
        """Benefits whose targeting list `relation` is empty, meaning "all"."""
        return self.exclude(pk__in=relation.through.objects.values("benefit_id"))

    def with_topic(self, topic):
        return self.naming(Benefit.topics, topic)

    def for_situation(self, situation):
        return self.naming(Benefit.life_situations, situation)

    def for_group(self, group):
        queryset = self.targeting(Benefit.ethnic_groups, group)
        if not group.is_very_small:
            queryset = queryset.filter(for_very_small_groups=False)
        return queryset

    def for_region(self, region, difficult_villages=False):
        """Benefits not tied to a commune region, or tied to `region`; with especially
        difficult villages in the commune, also those open to such villages."""
        through = Benefit.regions.through.objects
        matches = ~Q(pk__in=through.values("benefit_id"))
        if region:
            matches |= Q(pk__in=through.filter(communeregion=region).values("benefit_id"))
        if difficult_villages:
            matches |= Q(for_difficult_villages=True)
        return self.filter(matches)


class Benefit(Publishable, Sluggable, Searchable):
    """A benefit (chính sách, chế độ hỗ trợ) named for what a person gets — "Vay vốn làm nhà ở"
    — with amounts first, who qualifies, how to apply and its legal basis."""

    # "Stale" on the staff home page counts from when an editor last checked it.
    review_date_field = "last_reviewed"
    long_text_fields = (
        "who_qualifies",
        "who_does_not_qualify",
        "conditions",
        "steps",
        "papers",
        "where_to_apply",
        "deadlines",
        "when_paid",
    )
    search_title_fields = ("title",)
    search_body_fields = ("summary", "who_in_one_line", "who_qualifies", "steps")

    title = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("What a person gets, in plain words: “Vay vốn làm nhà ở”."),
    )
    who_in_one_line = models.CharField(
        _("who can get it, in one line"),
        max_length=300,
        help_text=_("e.g. “Poor ethnic-minority households without a solid house”."),
    )
    summary = models.TextField(
        _("plain-language summary"),
        help_text=_(
            "Two to four short sentences a villager understands: what it is, who it helps."
        ),
    )

    # Who qualifies; one item per line.
    who_qualifies = models.TextField(_("who qualifies"), blank=True, help_text=_("One per line."))
    who_does_not_qualify = models.TextField(
        _("who does not qualify"), blank=True, help_text=_("One per line.")
    )
    conditions = models.TextField(_("conditions"), blank=True, help_text=_("One per line."))

    # How to apply.
    steps = models.TextField(_("steps to apply"), blank=True, help_text=_("One step per line."))
    papers = models.TextField(_("papers to bring"), blank=True, help_text=_("One per line."))
    where_to_apply = models.TextField(_("where to go"), blank=True)
    deadlines = models.TextField(_("deadlines"), blank=True)
    when_paid = models.TextField(_("when it is paid or given"), blank=True)

    # Its own period, when it has one beyond its legal basis.
    starts_on = models.DateField(_("applies from"), null=True, blank=True)
    ends_on = models.DateField(_("applies until"), null=True, blank=True)
    successor = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="predecessors",
        verbose_name=_("replaced by"),
        help_text=_("The benefit that took its place, named on the first screen when it ended."),
    )

    # Targeting; an empty list means "all".
    ethnic_groups = models.ManyToManyField(
        EthnicGroup,
        blank=True,
        related_name="benefits",
        verbose_name=_("ethnic groups"),
        help_text=_("Leave empty when it covers every ethnic minority."),
    )
    for_very_small_groups = models.BooleanField(
        _("only for very small ethnic groups"),
        default=False,
        help_text=_("Groups of fewer than 10,000 people (Decision 1227/QĐ-TTg)."),
    )
    provinces = models.ManyToManyField(
        Province,
        blank=True,
        related_name="benefits",
        verbose_name=_("provinces"),
        help_text=_("Leave empty when it applies nationwide."),
    )
    regions = models.ManyToManyField(
        CommuneRegion,
        blank=True,
        related_name="benefits",
        verbose_name=_("commune regions"),
        help_text=_("Leave empty when it is not tied to a commune region."),
    )
    for_difficult_villages = models.BooleanField(
        _("also for especially difficult villages"),
        default=False,
        help_text=_("People living in an especially difficult village (thôn ĐBKK) qualify."),
    )
    life_situations = models.ManyToManyField(
        LifeSituation, blank=True, related_name="benefits", verbose_name=_("life situations")
    )
    topics = models.ManyToManyField(
        Topic, blank=True, related_name="benefits", verbose_name=_("topics")
    )

    # Derived by BenefitQuerySet.derived_applies_now() and stored, so that lists sort and
    # filter on an index; refresh_applies_now() keeps it current.
    applies_now = models.CharField(
        _("applies now"),
        max_length=20,
        choices=AppliesNow.choices,
        default=AppliesNow.CURRENT,
        editable=False,
    )
    # Lists show what applies now first, then what starts soon, then what has ended.
    applies_now_rank = models.GeneratedField(
        expression=Case(
            When(applies_now=AppliesNow.ENDED, then=Value(ENDED_RANK)),
            When(applies_now=AppliesNow.UPCOMING, then=Value(1)),
            default=Value(0),
        ),
        output_field=models.SmallIntegerField(),
        db_persist=True,
    )

    featured = models.BooleanField(_("featured on the home page"), default=False)
    last_reviewed = models.DateField(
        _("last reviewed"),
        default=date.today,
        help_text=_("When an editor last checked it is current."),
    )
    demo_translations = models.CharField(
        _("demo translations"),
        max_length=100,
        blank=True,
        help_text=_("Language codes whose translation is a demonstration, not an official text."),
    )

    objects = StatusesManager.from_queryset(BenefitQuerySet)()
    list_url_name = "policies:list"

    class Meta:
        ordering = ["-featured", "title", "pk"]
        indexes = [
            # The list's order in each language (titles are sorted in the page's language), so
            # that a page of it, the home page's featured benefits and the finder read an index.
            *(
                models.Index(
                    fields=["applies_now_rank", "-featured", f"title_{code}", "id"],
                    # What visibility and the finder's filters read: counting the finder's
                    # matches reads this index only.
                    include=[
                        "status",
                        "publish_at",
                        "for_very_small_groups",
                        "for_difficult_villages",
                    ],
                    name=f"policies_listing_{code}",
                )
                for code in settings.MODELTRANSLATION_LANGUAGES
            ),
        ]
        verbose_name = _("benefit")
        verbose_name_plural = _("benefits")
        permissions = [
            ("publish_benefit", _("Can publish, schedule, withdraw and archive benefits"))
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("policies:benefit", kwargs={"slug": self.slug})

    @classmethod
    def detail_queryset(cls):
        return cls.objects.for_detail()

    def search_result(self):
        result = super().search_result()
        return dataclasses.replace(
            result, status_label=self.applies_now_label, status_tone=self.applies_now_tone
        )

    # --- derived values shown to readers -------------------------------------------------------

    @property
    def applies_now_label(self):
        return AppliesNow(self.applies_now).label

    @property
    def applies_now_tone(self):
        return AppliesNow.tone(self.applies_now)

    @property
    def has_ended(self):
        return self.applies_now == AppliesNow.ENDED

    @property
    def public_successor(self):
        """The benefit that took its place, when the public may see it."""
        successor = self.successor
        return successor if successor is not None and successor.is_public else None

    def lines(self, field):
        return [
            line.strip(" -•\t") for line in getattr(self, field).splitlines() if line.strip(" -•\t")
        ]

    def is_demo_translation(self, language=None):
        return (language or get_language()) in self.demo_translations.split()


class BenefitAmount(models.Model):
    """One thing a person gets, as the first screen shows it: "40 triệu đồng" "vay tối đa,
    lãi 3 %/năm"."""

    benefit = models.ForeignKey(Benefit, on_delete=models.CASCADE, related_name="amounts")
    amount = models.CharField(
        _("amount"), max_length=100, help_text=_("With its unit: “936.000 đồng”, “15 kg gạo”.")
    )
    period = models.CharField(
        _("period"), max_length=100, blank=True, help_text=_("“mỗi tháng”, “một lần”…")
    )
    description = models.CharField(_("what it is"), max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("amount")
        verbose_name_plural = _("what you get")

    def __str__(self):
        return f"{self.amount} {self.period}".strip()


class LegalBasis(Citation):
    """A document (and the articles in it) a benefit rests on. Whether the benefit applies now
    is derived from these."""

    benefit = models.ForeignKey(Benefit, on_delete=models.CASCADE, related_name="legal_basis")


class BenefitAudio(models.Model):
    """A recording of the benefit's summary, in one language, for people who read little."""

    benefit = models.ForeignKey(Benefit, on_delete=models.CASCADE, related_name="recordings")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    file = models.FileField(
        _("audio file"),
        upload_to=uploads.random_folder("chinh-sach"),
        db_index=True,
        validators=uploads.upload_validators("audio"),
        help_text=_("MP3, OGG, M4A or Opus, up to 20 MB."),
    )
    duration_seconds = models.PositiveIntegerField(_("duration (seconds)"), null=True, blank=True)

    class Meta:
        ordering = ["language", "pk"]
        verbose_name = _("recording")
        verbose_name_plural = _("recordings")
        constraints = [
            models.UniqueConstraint(
                fields=["benefit", "language"], name="one_recording_per_benefit_language"
            )
        ]

    def __str__(self):
        return f"{self.benefit_id} [{self.language}]"


# --- keeping the stored `applies_now` current ---------------------------------------------------
# It depends on the benefit's own dates and on its legal basis (which documents, their
# publication and their stored status): refreshed when any of these changes.


def _refresh_benefit(benefit):
    if benefit.pk is None:
        return
    if Benefit.objects.filter(pk=benefit.pk).refresh_applies_now():
        benefit.applies_now = Benefit.objects.values_list("applies_now", flat=True).get(
            pk=benefit.pk
        )


@receiver(post_save, sender=Benefit)
def refresh_after_save(sender, instance, raw=False, **kwargs):
    if not raw:
        _refresh_benefit(instance)


@receiver([post_save, post_delete], sender=LegalBasis)
def refresh_after_basis_change(sender, instance, raw=False, **kwargs):
    if not raw:
        # The benefit object the basis was made with, when it is at hand, shows the new value.
        benefit = instance._state.fields_cache.get("benefit")
        _refresh_benefit(benefit or Benefit(pk=instance.benefit_id))


@receiver(legal_status_changed)
def refresh_after_documents_change(sender, pks, **kwargs):
    Benefit.objects.filter(
        pk__in=LegalBasis.objects.filter(document_id__in=pks).values("benefit_id")
    ).refresh_applies_now()
