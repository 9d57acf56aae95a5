"""Legal documents (văn bản): the legal record officials and businesses read — number, type,
issuer, dates, in-force status and its history, relations, full text and files. Citizens read
benefits (policies app), which cite these documents as their legal basis."""

import dataclasses
import re
from datetime import date

from django.db import models
from django.db.models import Case, Exists, OuterRef, Prefetch, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, pgettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from ubdt_portal import uploads
from ubdt_portal.publishing.models import (
    Publishable,
    PublishableQuerySet,
    Sluggable,
    published_q,
)
from ubdt_portal.publishing.richtext import RichTextField
from ubdt_portal.reference.models import Topic
from ubdt_portal.search.models import Searchable, document_number_variants

from .legal import DocumentType, LegalStatus


class LegalDocumentQuerySet(PublishableQuerySet):
    @staticmethod
    def legal_status_rules(today=None, per_row=False):
        """The in-force status, derived in this one place from the editor's override, the
        relations and the dates: the first rule whose condition holds gives the status, else it
        is in force. Both the `legal_status` annotation and the status filter are built from
        these rules, so that badge, filter, detail, feeds, benefits and API always agree.

        `per_row`: the relation rules as a subquery per document (cheap for the few rows of a
        page) rather than one set of documents (cheap for filtering a whole library)."""
        today = today or timezone.localdate()

        def by_document_in_force(relation):
            # Relations from a published document already in force.
            sources = relation.through.objects.filter(
                published_q("from_legaldocument__"),
                Q(from_legaldocument__effective_date__isnull=True)
                | Q(from_legaldocument__effective_date__lte=today),
            )
            if per_row:
                return Q(Exists(sources.filter(to_legaldocument=OuterRef("pk"))))
            return Q(pk__in=sources.values("to_legaldocument_id"))

        overridden = ~Q(legal_status_override="")
        return [
            *((overridden & Q(legal_status_override=value), value) for value in LegalStatus),
            (by_document_in_force(LegalDocument.replaces), LegalStatus.EXPIRED),
            (Q(expiry_date__lte=today), LegalStatus.EXPIRED),
            (Q(effective_date__gt=today), LegalStatus.NOT_YET),
            (by_document_in_force(LegalDocument.amends), LegalStatus.PARTLY_EXPIRED),
            (Q(), LegalStatus.IN_FORCE),
        ]

    def with_legal_status(self, today=None):
        """Annotate `legal_status` (see legal_status_rules)."""
        rules = self.legal_status_rules(today, per_row=True)
        return self.annotate(
            legal_status=Case(
                *(When(condition, then=Value(status)) for condition, status in rules[:-1]),
                default=Value(rules[-1][1]),
                output_field=models.CharField(),
            )
        )

    def with_legal_status_of(self, status, today=None):
        """The documents whose derived status is `status`: a rule giving it holds and no rule
        before it does. Plain conditions on columns and on the relation tables, which
        PostgreSQL answers from indexes, rather than the annotation computed for every row."""
        matches = Q(pk__in=[])
        earlier = Q()
        for condition, given in self.legal_status_rules(today):
            if given == status:
                matches |= earlier & condition
            earlier &= ~condition
        return self.filter(matches)

    def for_listing(self):
        """Published documents with what a list shows, newest signed first, in a fixed number
        of queries. The order is the index `documents_listing`, so a page reads its rows from
        the index; their status is derived for those rows only, by `attach_legal_status()`
        (deriving it in the listing query itself makes PostgreSQL hash the relations of every
        document first)."""
        return (
            self.published()
            .without_long_texts()
            .prefetch_related("topics")
            .order_by("-signed_date", "-pk")
        )

    def attach_legal_status(self, documents):
        """Give each of `documents` (a page of a list) its `legal_status` from
        with_legal_status(), in one query for all of them."""
        documents = [d for d in documents if not hasattr(d, "legal_status")]
        if documents:
            statuses = dict(
                self.model.objects.with_legal_status()
                .filter(pk__in=[d.pk for d in documents])
                .values_list("pk", "legal_status")
            )
            for document in documents:
                document.legal_status = statuses[document.pk]
        return documents

    def for_detail(self):
        """Everything a document's page shows, in a fixed number of queries: related documents
        only when published, each with its status; the status history with the documents that
        caused each change."""
        published = (
            self.model.objects.published()
            .with_legal_status()
            .without_long_texts()
            .order_by("-signed_date", "-pk")
        )
        return self.with_legal_status().prefetch_related(
            "topics",
            "attachments",
            Prefetch(
                "status_changes",
                queryset=StatusChange.objects.select_related("caused_by").defer(
                    *(f"caused_by__{name}" for name in LegalDocument.listing_deferred_fields())
                ),
            ),
            *(
                Prefetch(name, queryset=published)
                for name in (
                    "replaced_by",
                    "replaces",
                    "amended_by",
                    "amends",
                    "guided_by",
                    "guides",
                    "related",
                )
            ),
        )

    def with_topic(self, topic):
        through = LegalDocument.topics.through.objects
        return self.filter(pk__in=through.filter(topic=topic).values("legaldocument_id"))


class LegalDocument(Publishable, Sluggable, Searchable):
    # "Stale" on the staff home page counts from when an editor last checked it.
    review_date_field = "last_reviewed"
    long_text_fields = ("full_text",)
    search_title_fields = ("title",)
    search_body_fields = ("summary", "issuing_agency", "signer")

    title = models.CharField(_("title"), max_length=500)
    summary = models.TextField(
        _("plain-language abstract"),
        help_text=_("Two to four short sentences: what the document decides, for whom."),
    )
    full_text = RichTextField(_("full text"), blank=True)

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

    # Relations between documents.
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
    guides = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="guided_by",
        verbose_name=_("guides the implementation of"),
    )
    related = models.ManyToManyField("self", blank=True, verbose_name=_("related documents"))
    topics = models.ManyToManyField(
        Topic, blank=True, related_name="documents", verbose_name=_("topics")
    )

    last_reviewed = models.DateField(
        _("last reviewed"),
        default=date.today,
        help_text=_("When an editor last checked it against the national legal database."),
    )
    demo_translations = models.CharField(
        _("demo translations"),
        max_length=100,
        blank=True,
        help_text=_("Language codes whose translation is a demonstration, not an official text."),
    )

    objects = LegalDocumentQuerySet.as_manager()
    list_url_name = "documents:list"
    # Revisions (django-simple-history) are registered in translation.py, after
    # modeltranslation has added the per-language fields, so that every language is kept.

    class Meta:
        ordering = ["-signed_date", "-pk"]
        indexes = [
            # The library's order: a page of it is read from here, not sorted from all rows.
            # It also holds every column that visibility, the derived in-force status and the
            # library's filters read, so that counting a filtered list, filtering by status and
            # checking the documents that replace or amend others read this narrow index
            # (an index-only scan) instead of the wide table.
            models.Index(
                fields=["-signed_date", "-id"],
                include=[
                    "status",
                    "publish_at",
                    "effective_date",
                    "expiry_date",
                    "legal_status_override",
                    "document_type",
                    "issuing_agency_vi",
                ],
                name="documents_listing",
            ),
        ]
        verbose_name = _("legal document")
        verbose_name_plural = _("legal documents")
        permissions = [
            ("publish_legaldocument", _("Can publish, schedule, withdraw and archive documents"))
        ]

    def __str__(self):
        return f"{self.document_number} — {self.title}"

    def get_absolute_url(self):
        return reverse("documents:detail", kwargs={"slug": self.slug})

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

    def status_successors(self):
        """The later documents a reader of this one should go to, named in its status notice
        (not only further down the page): what replaced it once it no longer applies, what
        changed it when parts have expired. Uses the prefetched relations."""
        status = self.legal_status_value
        if status in (LegalStatus.EXPIRED, LegalStatus.OBSOLETE):
            return list(self.replaced_by.all())
        if status == LegalStatus.PARTLY_EXPIRED:
            return list(self.amended_by.all())
        return []

    def relation_groups(self):
        """The related documents by kind, each listed once (a document that this one replaces
        is not repeated under "related"); uses the prefetched relations."""
        groups = [
            (_("Replaced by"), self.replaced_by.all()),
            (_("Replaces"), self.replaces.all()),
            (_("Amended by"), self.amended_by.all()),
            (_("Amends"), self.amends.all()),
            (_("Guided by"), self.guided_by.all()),
            (_("Guides the implementation of"), self.guides.all()),
            (_("Related documents"), self.related.all()),
        ]
        seen = set()
        result = []
        for label, documents in groups:
            fresh = [d for d in documents if d.pk not in seen and d.pk != self.pk]
            seen.update(d.pk for d in fresh)
            if fresh:
                result.append((label, fresh))
        return result

    @cached_property
    def legal_status_value(self):
        """The annotated status when the object came from with_legal_status(), else computed."""
        if hasattr(self, "legal_status"):
            return self.legal_status
        return (
            LegalDocument.objects.with_legal_status()
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

    def is_demo_translation(self, language=None):
        return (language or get_language()) in self.demo_translations.split()

    def full_text_with_anchors(self):
        """The full text with a stable id on each article and clause heading ("Điều 3",
        "Khoản 2"), so people can link to them: #dieu-3, #dieu-3-khoan-2."""
        return mark_safe(add_heading_anchors(self.full_text))  # noqa: S308 (sanitised on save)


# "Điều 14" in a citation: the number names the anchor add_heading_anchors() gives that heading.
_CITED_ARTICLE = re.compile(r"Điều\s+(\d+[a-zđ]?)", re.IGNORECASE)


def cited_article_numbers(articles):
    """["14", "15"] from “Điều 14, Điều 15”: the anchors #dieu-14… of a document's page. The one
    reading of the articles a benefit's legal basis or an answer cites."""
    return list(dict.fromkeys(n.lower() for n in _CITED_ARTICLE.findall(articles or "")))


_BLOCK = re.compile(
    r"<(p|h2|h3|h4|li)>(\s*(?:<strong>)?\s*)(Điều|Khoản)\s+(\d+[a-zđ]?)(.*?)</\1>", re.I | re.S
)


def add_heading_anchors(html):
    """A stable id on each article ("Điều 3": #dieu-3) and clause ("Khoản 2" inside it:
    #dieu-3-khoan-2); each article heading ends with a visible "#" link to itself, which people
    can copy without JavaScript."""
    article = {"n": None}

    def anchor(match):
        tag, lead, word, number, rest = match.groups()
        number = number.lower()
        if word.lower() == "điều":
            article["n"] = number
            anchor_id = f"dieu-{number}"
            link = format_html(
                ' <a class="anchor-link" href="#{}">#<span class="visually-hidden"> {}</span></a>',
                anchor_id,
                pgettext("link to an article", "link to %(article)s")
                % {"article": f"{word} {number}"},
            )
        else:
            anchor_id = f"dieu-{article['n']}-khoan-{number}" if article["n"] else f"khoan-{number}"
            link = ""
        return (
            format_html('<{} id="{}">', tag, anchor_id)
            + f"{lead}{word} {number}{rest}{link}</{tag}>"
        )

    return _BLOCK.sub(anchor, html or "")


class Citation(models.Model):
    """A document, and the articles of it, that something rests on: “Điều 14 Nghị định
    28/2022/NĐ-CP” — a benefit's legal basis, a published answer's, a question's draft answer's.
    Each article cited becomes a link to its heading on the document's page."""

    document = models.ForeignKey(
        LegalDocument, on_delete=models.PROTECT, related_name="+", verbose_name=_("document")
    )
    articles = models.CharField(
        pgettext_lazy("of a legal document", "articles"),
        max_length=100,
        blank=True,
        help_text=_("e.g. “Điều 14” or “Điều 3, Điều 4”; each becomes a link to the article."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        abstract = True
        ordering = ["order", "pk"]
        verbose_name = _("legal basis")
        verbose_name_plural = _("legal basis")

    def __str__(self):
        # Named as readers cite it (the approver of a change reads it): "Điều 14 28/2022/NĐ-CP".
        number = self.document.document_number if self.document_id else ""
        return f"{self.articles} {number}".strip()

    def article_links(self):
        """Each part of `articles` as written, with the address of the article it names on the
        document's page: [("Điều 14", "/van-ban/…/#dieu-14"), ("khoản 2", "/van-ban/…/")]."""
        url = self.document.get_absolute_url()
        links = []
        for part in re.split(r"[,;]", self.articles):
            label = part.strip()
            if label:
                numbers = cited_article_numbers(label)
                links.append((label, f"{url}#dieu-{numbers[0]}" if numbers else url))
        return links


class StatusChange(models.Model):
    """One line of a document's in-force history, as the national legal database shows it:
    on this date it took this status, because of that document, for this part."""

    document = models.ForeignKey(
        LegalDocument, on_delete=models.CASCADE, related_name="status_changes"
    )
    date = models.DateField(_("date"))
    status = models.CharField(_("status"), max_length=30, choices=LegalStatus.choices)
    caused_by = models.ForeignKey(
        LegalDocument,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="caused_status_changes",
        verbose_name=_("because of"),
    )
    part = models.CharField(
        _("part concerned"),
        max_length=300,
        blank=True,
        help_text=_("e.g. “Điều 5, khoản 2 Điều 7”; leave empty when it concerns the whole."),
    )

    class Meta:
        ordering = ["date", "pk"]
        verbose_name = _("in-force status change")
        verbose_name_plural = _("in-force status history")

    def __str__(self):
        return f"{self.date:%d/%m/%Y} {self.get_status_display()}"


class DocumentAttachment(models.Model):
    document = models.ForeignKey(
        LegalDocument, on_delete=models.CASCADE, related_name="attachments"
    )
    title = models.CharField(_("title"), max_length=300)
    file = models.FileField(
        _("file"),
        upload_to=uploads.random_folder("van-ban"),
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
