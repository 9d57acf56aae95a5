"""Legal documents (văn bản): the legal record officials and businesses read — number, type,
issuer, dates, in-force status and its history, relations, full text and files. Citizens read
benefits (policies app), which cite these documents as their legal basis."""

import dataclasses
import re
from datetime import date

from django.db import models
from django.db.models import Case, Prefetch, Q, Value, When
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import Signal, receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, pgettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from ubdt_portal import uploads
from ubdt_portal.derived_columns import store_derived
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

# Sent with the ids of documents whose stored in-force status changed: benefits resting on
# them derive theirs again (policies app).
legal_status_changed = Signal()

# Sent whenever documents or benefits are about to be read (a queryset is made): the stored
# statuses are refreshed there when time has passed since they were derived (policies.statuses;
# this app cannot import policies).
statuses_read = Signal(use_caching=True)


class StatusesManager(models.Manager):
    def get_queryset(self):
        statuses_read.send(sender=self.model)
        return super().get_queryset()


class LegalDocumentQuerySet(PublishableQuerySet):
    @staticmethod
    def legal_status_rules(today=None):
        """The in-force status, derived in this one place from the editor's override, the
        relations and the dates: the first rule whose condition holds gives the status, else it
        is in force. The stored `legal_status` column is computed from these rules
        (refresh_legal_status), so that badge, filter, detail, feeds, benefits and API agree."""
        today = today or timezone.localdate()

        def by_document_in_force(relation):
            # Relations from a published document already in force.
            sources = relation.through.objects.filter(
                published_q("from_legaldocument__"),
                Q(from_legaldocument__effective_date__isnull=True)
                | Q(from_legaldocument__effective_date__lte=today),
            )
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

    @classmethod
    def derived_legal_status(cls, today=None):
        """The rules as one expression per row (the first rule that holds gives the status)."""
        rules = cls.legal_status_rules(today)
        return Case(
            *(When(condition, then=Value(status)) for condition, status in rules[:-1]),
            default=Value(rules[-1][1]),
            output_field=models.CharField(),
        )

    def with_legal_status(self, today=None):
        """Annotate `derived_legal_status`: the rules applied as of `today`. Pages read the
        stored `legal_status` column instead, kept equal to it by refresh_legal_status()."""
        return self.annotate(derived_legal_status=self.derived_legal_status(today))

    def refresh_legal_status(self, today=None):
        """Store the derived status in `legal_status` for the documents of this queryset whose
        stored one differs; returns their ids (none written when nothing changed) and sends them
        with `legal_status_changed`. Called when a document or a relation changes and when a
        date passes (policies.statuses)."""
        changed = store_derived(self, "legal_status", self.derived_legal_status(today))
        if changed:
            legal_status_changed.send(sender=self.model, pks=changed)
        return changed

    def for_listing(self):
        """Published documents with what a list shows, newest signed first, in a fixed number
        of queries. The order is the index `documents_listing`, so a page reads its rows from
        the index; the status is the stored column."""
        return (
            self.published()
            .without_long_texts()
            .prefetch_related("topics")
            .order_by("-signed_date", "-pk")
        )

    def for_detail(self):
        """Everything a document's page shows, in a fixed number of queries: related documents
        only when published, each with its status; the status history with the documents that
        caused each change."""
        published = (
            self.model.objects.published().without_long_texts().order_by("-signed_date", "-pk")
        )
        return self.prefetch_related(
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
    # Derived by LegalDocumentQuerySet.legal_status_rules() and stored, so that lists sort and
    # filter on an index; refresh_legal_status() keeps it current.
    legal_status = models.CharField(
        _("in-force status"),
        max_length=30,
        choices=LegalStatus.choices,
        default=LegalStatus.IN_FORCE,
        editable=False,
    )
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

    objects = StatusesManager.from_queryset(LegalDocumentQuerySet)()
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
            # The library filtered by in-force status, in its order; counting it reads this
            # index only.
            models.Index(
                fields=["legal_status", "-signed_date", "-id"],
                include=["status", "publish_at"],
                name="documents_by_legal_status",
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
        status = self.legal_status
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

    @property
    def legal_status_label(self):
        return LegalStatus(self.legal_status).label

    @property
    def legal_status_explanation(self):
        return LegalStatus.explanation(self.legal_status)

    @property
    def legal_status_tone(self):
        return LegalStatus.tone(self.legal_status)

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


# --- keeping the stored in-force status current ---------------------------------------------
# A document's status depends on its own dates and override and on the publication and
# effective date of the documents that replace or amend it: a change to a document refreshes it
# and the documents it replaces or amends; benefits resting on any of them follow through
# `legal_status_changed` (also sent for the saved document itself, whose publication decides
# whether it counts as a benefit's legal basis).
_STATUS_RELATIONS = (LegalDocument.replaces.through, LegalDocument.amends.through)


def _refresh_documents(pks, also_notify=()):
    changed = LegalDocument.objects.filter(pk__in=set(pks)).refresh_legal_status()
    others = set(also_notify) - set(changed)
    if others:
        legal_status_changed.send(sender=LegalDocument, pks=sorted(others))
    return changed


def _targets_of(document_pk):
    """The documents that `document_pk` replaces or amends."""
    return [
        pk
        for through in _STATUS_RELATIONS
        for pk in through.objects.filter(from_legaldocument_id=document_pk).values_list(
            "to_legaldocument_id", flat=True
        )
    ]


@receiver(post_save, sender=LegalDocument)
def refresh_after_save(sender, instance, raw=False, **kwargs):
    if raw:
        return
    changed = _refresh_documents([instance.pk, *_targets_of(instance.pk)], [instance.pk])
    if instance.pk in changed:
        instance.refresh_from_db(fields=["legal_status"])


@receiver(m2m_changed)
def refresh_after_relation_change(sender, instance, action, pk_set, **kwargs):
    if sender not in _STATUS_RELATIONS or not isinstance(instance, LegalDocument):
        return
    if action == "pre_clear":
        # Both ends of the rows about to go: the documents that lose a replacing one.
        instance._relation_ends = [
            pk
            for row in sender.objects.filter(
                Q(from_legaldocument=instance) | Q(to_legaldocument=instance)
            ).values_list("from_legaldocument_id", "to_legaldocument_id")
            for pk in row
        ]
    elif action == "post_clear":
        _refresh_documents(getattr(instance, "_relation_ends", [instance.pk]))
    elif action in ("post_add", "post_remove"):
        _refresh_documents([instance.pk, *(pk_set or ())])


@receiver(pre_delete, sender=LegalDocument)
def remember_targets(sender, instance, **kwargs):
    instance._status_targets = _targets_of(instance.pk)


@receiver(post_delete, sender=LegalDocument)
def refresh_after_delete(sender, instance, **kwargs):
    _refresh_documents(getattr(instance, "_status_targets", []))
