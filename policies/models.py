"""Policies: what a citizen gets and how to claim it, with the legal record behind it."""

import dataclasses
import re
from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Case, Exists, OuterRef, Prefetch, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from documents.legal import DocumentType, LegalStatus
from ubdt_portal import uploads
from ubdt_portal.publishing.models import (
    Publishable,
    PublishableQuerySet,
    Sluggable,
    published_q,
)
from ubdt_portal.publishing.richtext import RichTextField
from ubdt_portal.reference.models import (
    CommuneRegion,
    EthnicGroup,
    LifeSituation,
    Province,
    Topic,
)
from ubdt_portal.search.models import Searchable, document_number_variants


class PolicyQuerySet(PublishableQuerySet):
    def with_legal_status(self, today=None):
        """Annotate `legal_status`: the in-force status derived in this one place from the
        editor's override, the relations and the dates, so that badge, filter, detail, feeds and
        API always agree."""
        today = today or timezone.localdate()

        def by_policy_in_force(relation):
            # Starts from the relation table (indexed by the target), then checks the source.
            through = relation.through.objects.filter(to_policy=OuterRef("pk"))
            return Exists(
                through.filter(
                    published_q("from_policy__"),
                    Q(from_policy__effective_date__isnull=True)
                    | Q(from_policy__effective_date__lte=today),
                )
            )

        return self.annotate(
            legal_status=Case(
                When(~Q(legal_status_override=""), then="legal_status_override"),
                When(by_policy_in_force(Policy.replaces), then=Value(LegalStatus.EXPIRED)),
                When(expiry_date__lte=today, then=Value(LegalStatus.EXPIRED)),
                When(effective_date__gt=today, then=Value(LegalStatus.NOT_YET)),
                When(by_policy_in_force(Policy.amends), then=Value(LegalStatus.PARTLY_EXPIRED)),
                default=Value(LegalStatus.IN_FORCE),
                output_field=models.CharField(),
            )
        )

    def for_listing(self):
        """Published policies with what a list shows, in a fixed number of queries, without
        the long texts a list never shows."""
        return (
            self.published()
            .with_legal_status()
            .without_long_texts()
            .prefetch_related("topics")
            .order_by("-featured", "-signed_date", "-pk")
        )

    def for_detail(self):
        """Everything a policy's page shows, in a fixed number of queries: related documents
        only when published, recordings in the page's language and in the default one."""
        published = (
            self.model.objects.published()
            .with_legal_status()
            .without_long_texts()
            .order_by("-signed_date")
        )
        return self.with_legal_status().prefetch_related(
            "topics",
            "ethnic_groups",
            "provinces",
            "regions",
            "attachments",
            "updates",
            Prefetch(
                "recordings",
                queryset=PolicyAudio.objects.filter(
                    language__in={get_language(), settings.LANGUAGE_CODE}
                ),
            ),
            Prefetch("related", queryset=published),
            Prefetch("replaces", queryset=published),
            Prefetch("replaced_by", queryset=published),
            Prefetch("amends", queryset=published),
            Prefetch("amended_by", queryset=published),
        )

    def targeting(self, relation, value):
        """Policies whose targeting list `relation` (e.g. Policy.ethnic_groups) is empty,
        meaning "all", or holds `value`. Subqueries rather than joins: no duplicates to remove."""
        through = relation.through.objects
        column = relation.field.m2m_reverse_name()
        return self.filter(
            ~Q(pk__in=through.values("policy_id"))
            | Q(pk__in=through.filter(**{column: value}).values("policy_id"))
        )

    def naming(self, relation, value):
        """Policies whose targeting list `relation` names `value` explicitly."""
        column = relation.field.m2m_reverse_name()
        return self.filter(
            pk__in=relation.through.objects.filter(**{column: value}).values("policy_id")
        )

    def for_everyone_in(self, relation):
        """Policies whose targeting list `relation` is empty, meaning "all"."""
        return self.exclude(pk__in=relation.through.objects.values("policy_id"))

    def with_topic(self, topic):
        return self.filter(
            pk__in=Policy.topics.through.objects.filter(topic=topic).values("policy_id")
        )

    def applicable_to(self, group=None, province=None, region=None, topic=None):
        """Policies that can apply to a person: each targeting list is empty ("all") or holds
        their choice. Policies tied to commune regions stay in when the region is unknown."""
        queryset = self.with_legal_status().filter(legal_status__in=LegalStatus.applicable())
        if group:
            queryset = queryset.targeting(Policy.ethnic_groups, group)
        if province:
            queryset = queryset.targeting(Policy.provinces, province)
        if region:
            queryset = queryset.targeting(Policy.regions, region)
        if topic:
            queryset = queryset.with_topic(topic)
        return queryset


class Policy(Publishable, Sluggable, Searchable):
    long_text_fields = ("beneficiaries", "conditions", "benefits", "how_to_apply", "full_text")
    search_title_fields = ("title",)
    search_body_fields = (
        "summary",
        "beneficiaries",
        "benefits",
        "how_to_apply",
        "issuing_agency",
        "signer",
    )

    # What citizens read first.
    title = models.CharField(_("title"), max_length=500)
    summary = models.TextField(
        _("plain-language summary"),
        help_text=_(
            "Two to four short sentences a villager understands: what it is, who it helps."
        ),
    )
    beneficiaries = models.TextField(
        _("who benefits"), blank=True, help_text=_("One group per line.")
    )
    conditions = models.TextField(
        _("conditions"), blank=True, help_text=_("One condition per line.")
    )
    benefits = models.TextField(_("what you get"), blank=True, help_text=_("One item per line."))
    how_to_apply = models.TextField(
        _("how to apply"), blank=True, help_text=_("Steps, papers and where to go; one per line.")
    )
    full_text = RichTextField(_("full text"), blank=True)

    # Who it applies to; an empty list means "all".
    ethnic_groups = models.ManyToManyField(
        EthnicGroup,
        blank=True,
        related_name="policies",
        verbose_name=_("ethnic groups"),
        help_text=_("Leave empty when the policy covers every ethnic minority."),
    )
    provinces = models.ManyToManyField(
        Province,
        blank=True,
        related_name="policies",
        verbose_name=_("provinces"),
        help_text=_("Leave empty when the policy applies nationwide."),
    )
    regions = models.ManyToManyField(
        CommuneRegion,
        blank=True,
        related_name="policies",
        verbose_name=_("commune regions"),
        help_text=_("Leave empty when the policy is not tied to a commune region."),
    )
    topics = models.ManyToManyField(
        Topic, blank=True, related_name="policies", verbose_name=_("topics")
    )

    # The legal record.
    document_number = models.CharField(_("document number"), max_length=50, db_index=True)
    document_type = models.CharField(
        _("document type"), max_length=20, choices=DocumentType.choices
    )
    issuing_agency = models.CharField(_("issuing agency"), max_length=200)
    signer = models.CharField(_("signed by"), max_length=200, blank=True)
    signed_date = models.DateField(_("signed on"))
    effective_date = models.DateField(_("effective from"), null=True, blank=True)
    expiry_date = models.DateField(_("effective until"), null=True, blank=True)
    legal_status_override = models.CharField(
        _("in-force status (override)"),
        max_length=30,
        choices=LegalStatus.choices,
        blank=True,
        help_text=_(
            "Leave empty to derive it from the dates and relations. Set it only when the national "
            "legal database says otherwise (e.g. a programme whose period has ended)."
        ),
    )
    replaces = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="replaced_by",
        verbose_name=_("replaces"),
    )
    amends = models.ManyToManyField(
        "self", symmetrical=False, blank=True, related_name="amended_by", verbose_name=_("amends")
    )
    related = models.ManyToManyField("self", blank=True, verbose_name=_("related policies"))

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

    objects = PolicyQuerySet.as_manager()
    list_url_name = "policies:list"
    # Revisions (django-simple-history) are registered in translation.py, after
    # modeltranslation has added the per-language fields, so that every language is kept.

    class Meta:
        ordering = ["-signed_date", "-pk"]
        verbose_name = _("policy")
        verbose_name_plural = _("policies")
        permissions = [
            ("publish_policy", _("Can publish, schedule, withdraw and archive policies"))
        ]

    def __str__(self):
        return f"{self.document_number} — {self.title}"

    def get_absolute_url(self):
        return reverse("policies:detail", kwargs={"slug": self.slug})

    @classmethod
    def detail_queryset(cls):
        return cls.objects.for_detail()

    def search_extras(self):
        return [document_number_variants(self.document_number)], []

    def search_result(self):
        result = super().search_result()
        return dataclasses.replace(
            result,
            title=f"{self.document_number} — {result.title}",
            status_label=self.legal_status_label,
            status_tone=self.legal_status_tone,
        )

    # --- derived values shown to readers -------------------------------------------------------

    @cached_property
    def legal_status_value(self):
        """The annotated status when the object came from with_legal_status(), else computed."""
        if hasattr(self, "legal_status"):
            return self.legal_status
        return (
            Policy.objects.with_legal_status()
            .values_list("legal_status", flat=True)
            .get(pk=self.pk)
        )

    @property
    def legal_status_label(self):
        return LegalStatus(self.legal_status_value).label

    @property
    def legal_status_explanation(self):
        return LegalStatus.explanation(self.legal_status_value)

    @property
    def legal_status_tone(self):
        return LegalStatus.tone(self.legal_status_value)

    def lines(self, field):
        return [
            line.strip(" -•\t") for line in getattr(self, field).splitlines() if line.strip(" -•\t")
        ]

    def relation_groups(self):
        """The related documents by kind, each listed once (a document that this one replaces
        is not repeated under "related"); uses the prefetched relations."""
        groups = [
            (_("Replaced by"), self.replaced_by.all()),
            (_("Replaces"), self.replaces.all()),
            (_("Amended by"), self.amended_by.all()),
            (_("Amends"), self.amends.all()),
            (_("Related policies"), self.related.all()),
        ]
        seen = set()
        result = []
        for label, policies in groups:
            fresh = [p for p in policies if p.pk not in seen and p.pk != self.pk]
            seen.update(p.pk for p in fresh)
            if fresh:
                result.append((label, fresh))
        return result

    def is_demo_translation(self, language=None):
        return (language or get_language()) in self.demo_translations.split()

    def full_text_with_anchors(self):
        """The full text with a stable id on each article and clause heading ("Điều 3",
        "Khoản 2"), so people can link to them: #dieu-3, #dieu-3-khoan-2."""
        return mark_safe(add_heading_anchors(self.full_text))  # noqa: S308 (sanitised on save)


_BLOCK = re.compile(r"<(p|h2|h3|h4|li)>(\s*(?:<strong>)?\s*)(Điều|Khoản)\s+(\d+[a-zđ]?)", re.I)


def add_heading_anchors(html):
    article = {"n": None}

    def anchor(match):
        tag, lead, word, number = match.groups()
        number = number.lower()
        if word.lower() == "điều":
            article["n"] = number
            anchor_id = f"dieu-{number}"
        else:
            anchor_id = f"dieu-{article['n']}-khoan-{number}" if article["n"] else f"khoan-{number}"
        return format_html('<{} id="{}">', tag, anchor_id) + f"{lead}{word} {number}"

    return _BLOCK.sub(anchor, html or "")


class PolicyUpdate(models.Model):
    """A line of the public change history: what changed in the policy page and when."""

    policy = models.ForeignKey(Policy, on_delete=models.CASCADE, related_name="updates")
    date = models.DateField(_("date"), default=date.today)
    note = models.CharField(_("what changed"), max_length=300)

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("public change note")
        verbose_name_plural = _("public change history")

    def __str__(self):
        return f"{self.date:%d/%m/%Y} {self.note}"


class PolicyAttachment(models.Model):
    policy = models.ForeignKey(Policy, on_delete=models.CASCADE, related_name="attachments")
    title = models.CharField(_("title"), max_length=300)
    file = models.FileField(
        _("file"),
        upload_to=uploads.random_folder("chinh-sach"),
        db_index=True,  # downloads look the file up by its name
        validators=uploads.upload_validators("document"),
        help_text=_("PDF or Word (.docx) document, up to 20 MB."),
    )
    size = models.PositiveBigIntegerField(_("size in bytes"), editable=False, default=0)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.file:
            self.size = self.file.size
        super().save(*args, **kwargs)

    @property
    def extension(self):
        return self.file.name.rsplit(".", 1)[-1].upper() if "." in self.file.name else ""


class PolicyAudio(models.Model):
    """A recording of the policy's summary, in one language, for people who read little."""

    policy = models.ForeignKey(Policy, on_delete=models.CASCADE, related_name="recordings")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    file = models.FileField(
        _("audio file"),
        upload_to=uploads.random_folder("chinh-sach"),
        db_index=True,
        validators=uploads.upload_validators("audio"),
        help_text=_("MP3, OGG, M4A or Opus, up to 20 MB."),
    )
    duration_seconds = models.PositiveIntegerField(_("duration (seconds)"), null=True, blank=True)
    transcript_note = models.CharField(
        _("what is read"),
        max_length=200,
        blank=True,
        help_text=_("e.g. “The summary, read aloud”."),
    )

    class Meta:
        ordering = ["language", "pk"]
        verbose_name = _("recording")
        verbose_name_plural = _("recordings")
        constraints = [
            models.UniqueConstraint(
                fields=["policy", "language"], name="one_recording_per_language"
            )
        ]

    def __str__(self):
        return f"{self.policy_id} [{self.language}]"


# --- Benefits: what a person gets -------------------------------------------------------------
# (Policy above is the old model that mixed benefits and legal documents; its rows move to
# documents.LegalDocument and it is removed.)


class BenefitQuerySet(PublishableQuerySet):
    pass


class Benefit(Publishable, Sluggable, Searchable):
    """A benefit (chính sách, chế độ hỗ trợ) named for what a person gets — "Vay vốn làm nhà ở"
    — with amounts first, who qualifies, how to apply and its legal basis."""

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

    objects = BenefitQuerySet.as_manager()
    list_url_name = "policies:list"

    class Meta:
        ordering = ["-featured", "title", "pk"]
        verbose_name = _("benefit")
        verbose_name_plural = _("benefits")
        permissions = [
            ("publish_benefit", _("Can publish, schedule, withdraw and archive benefits"))
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("policies:benefit", kwargs={"slug": self.slug})


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


class LegalBasis(models.Model):
    """A document (and the articles in it) a benefit rests on: "Điều 14 Nghị định
    28/2022/NĐ-CP". Whether the benefit applies now is derived from these."""

    benefit = models.ForeignKey(Benefit, on_delete=models.CASCADE, related_name="legal_basis")
    document = models.ForeignKey(
        "documents.LegalDocument",
        on_delete=models.PROTECT,
        related_name="benefit_bases",
        verbose_name=_("document"),
    )
    articles = models.CharField(
        _("articles"),
        max_length=100,
        blank=True,
        help_text=_("e.g. “Điều 14” or “Điều 3, Điều 4”; each becomes a link to the article."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("legal basis")
        verbose_name_plural = _("legal basis")

    def __str__(self):
        return f"{self.articles} {self.document_id}".strip()


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
