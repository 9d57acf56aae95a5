"""Legal documents (văn bản): the legal record officials and businesses read — number, type,
issuer, dates, in-force status and its history, relations, full text and files. Citizens read
benefits (policies app), which cite these documents as their legal basis."""

import re
from datetime import date

from django.db import models
from django.db.models import Case, Exists, OuterRef, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
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
    def with_legal_status(self, today=None):
        """Annotate `legal_status`: the in-force status derived in this one place from the
        editor's override, the relations and the dates, so that badge, filter, detail, feeds,
        benefits and API always agree."""
        today = today or timezone.localdate()

        def by_document_in_force(relation):
            # Starts from the relation table (indexed by the target), then checks the source.
            through = relation.through.objects.filter(to_legaldocument=OuterRef("pk"))
            return Exists(
                through.filter(
                    published_q("from_legaldocument__"),
                    Q(from_legaldocument__effective_date__isnull=True)
                    | Q(from_legaldocument__effective_date__lte=today),
                )
            )

        return self.annotate(
            legal_status=Case(
                When(~Q(legal_status_override=""), then="legal_status_override"),
                When(by_document_in_force(LegalDocument.replaces), then=Value(LegalStatus.EXPIRED)),
                When(expiry_date__lte=today, then=Value(LegalStatus.EXPIRED)),
                When(effective_date__gt=today, then=Value(LegalStatus.NOT_YET)),
                When(
                    by_document_in_force(LegalDocument.amends),
                    then=Value(LegalStatus.PARTLY_EXPIRED),
                ),
                default=Value(LegalStatus.IN_FORCE),
                output_field=models.CharField(),
            )
        )


class LegalDocument(Publishable, Sluggable, Searchable):
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
        verbose_name = _("legal document")
        verbose_name_plural = _("legal documents")
        permissions = [
            ("publish_legaldocument", _("Can publish, schedule, withdraw and archive documents"))
        ]

    def __str__(self):
        return f"{self.document_number} — {self.title}"

    def get_absolute_url(self):
        return reverse("documents:detail", kwargs={"slug": self.slug})

    def search_extras(self):
        return [document_number_variants(self.document_number)], []

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
