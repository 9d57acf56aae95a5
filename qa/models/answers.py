"""The public published Q&A: no field here may hold personal data.

An officer makes it from a citizen's question (questions.py), editing the wording so that nothing
identifies the asker. It keeps no link to that question: the private record points here, never
the other way, so nothing public leads to personal data. The asker's province is kept only when
they consented to its publication, and as a reference to the province, never as typed text. A
test (tests/qa/test_published_no_personal_data.py) fails if a field that could hold a name, an
e-mail address or a phone number is added to a public model."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from documents.models import Citation
from ubdt_portal.publishing.models import Publishable, PublishableQuerySet, Sluggable
from ubdt_portal.publishing.richtext import RichTextField
from ubdt_portal.reference.models import EthnicGroup, Province, Topic
from ubdt_portal.search.models import Searchable

__all__ = ["PublishedQuestion", "AnswerCitation"]


def reserved_slugs():
    """The fixed first segments of the Q&A's addresses ("gui-cau-hoi", "tra-cuu", ...)."""
    from qa.urls import urlpatterns

    segments = (str(pattern.pattern).split("/", 1)[0] for pattern in urlpatterns)
    return {segment for segment in segments if segment and "<" not in segment}


class PublishedQuestionQuerySet(PublishableQuerySet):
    def for_listing(self):
        """What a list of answers shows, in one query: published, without the full answer."""
        return self.published().without_long_texts().select_related("topic").order_by(*LIST_ORDER)


LIST_ORDER = ("-answered_on", "-publish_at", "-pk")


class PublishedQuestion(Publishable, Sluggable, Searchable):
    """A question as the public reads it, with its short answer first, then the full answer and
    the legal basis it rests on."""

    long_text_fields = ("answer",)
    search_title_fields = ("title",)
    search_body_fields = ("short_answer", "question")

    title = models.CharField(
        _("question in one line"),
        max_length=300,
        help_text=_("What is asked, in the asker's plain words: “Con tôi có được miễn học phí?”"),
    )
    question = models.TextField(
        _("question"),
        help_text=_(
            "The question as the public reads it. Edit out anything that could identify the "
            "asker: names, addresses, phone numbers, a village or family details."
        ),
    )
    short_answer = models.TextField(
        _("short answer"),
        help_text=_("One to three sentences, shown first: yes or no, how much, where to go."),
    )
    answer = RichTextField(
        _("full answer"), help_text=_("The full answer, citing the articles it rests on.")
    )
    answering_unit = models.CharField(
        _("answering unit"),
        max_length=200,
        help_text=_("The agency or department that answers, never a person."),
    )
    answered_on = models.DateField(_("answered on"))
    topic = models.ForeignKey(
        Topic, on_delete=models.PROTECT, related_name="published_questions", verbose_name=_("topic")
    )
    province = models.ForeignKey(
        Province,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="published_questions",
        verbose_name=_("asker's province"),
        help_text=_("Only when the asker consented to publishing their province."),
    )

    # What it concerns: shown as links on its page, and its page appears on theirs.
    benefits = models.ManyToManyField(
        "policies.Benefit",
        blank=True,
        related_name="published_questions",
        verbose_name=_("benefits concerned"),
    )
    ethnic_groups = models.ManyToManyField(
        EthnicGroup,
        blank=True,
        related_name="published_questions",
        verbose_name=_("ethnic groups concerned"),
        help_text=_("Only when the answer is about a group's own policies, not the asker's group."),
    )
    related = models.ManyToManyField("self", blank=True, verbose_name=_("related questions"))

    is_sample = models.BooleanField(
        _("demonstration content"),
        default=False,
        help_text=_("A made-up question for the demonstration: its page says so."),
    )
    hidden_reason = models.CharField(
        _("reason for hiding"),
        max_length=500,
        blank=True,
        help_text=_("Staff only: why a published answer was withdrawn or archived."),
    )

    objects = PublishedQuestionQuerySet.as_manager()
    list_url_name = "qa:list"

    class Meta:
        ordering = LIST_ORDER
        verbose_name = _("published Q&A")
        verbose_name_plural = _("published Q&A")
        permissions = [
            ("publish_publishedquestion", _("Can publish, schedule, withdraw and archive Q&A"))
        ]
        indexes = [models.Index(fields=["topic", "-answered_on"], name="qa_published_topic")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("qa:detail", kwargs={"slug": self.slug})

    # /hoi-dap/<slug>/ shares its first segment with the Q&A's own pages (the form, the lookup):
    # a slug equal to one of them would leave the answer unreachable.
    def _unique_slug(self, base):
        if base in reserved_slugs():
            base = f"{base}-hoi-dap"
        return super()._unique_slug(base)

    def validate_unique(self, exclude=None):
        errors = {}
        try:
            super().validate_unique(exclude)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if (not exclude or "slug" not in exclude) and self.slug in reserved_slugs():
            errors.setdefault("slug", []).append(
                ValidationError(
                    _("“%(slug)s” is the address of another page. Choose another web address."),
                    code="reserved",
                    params={"slug": self.slug},
                )
            )
        if errors:
            raise ValidationError(errors)

    @classmethod
    def detail_queryset(cls):
        from documents.models import LegalDocument
        from policies.models import Benefit

        return cls._default_manager.select_related("topic", "province").prefetch_related(
            Prefetch(
                "citations",
                queryset=AnswerCitation.objects.filter(
                    document__in=LegalDocument.objects.published()
                ).select_related("document"),
            ),
            Prefetch(
                "benefits",
                queryset=Benefit.objects.published().without_long_texts(),
                to_attr="public_benefits",
            ),
            Prefetch(
                "related",
                queryset=cls.objects.for_listing(),
                to_attr="public_related",
            ),
        )


class AnswerCitation(Citation):
    """An article of a legal document that the published answer rests on."""

    published_question = models.ForeignKey(
        PublishedQuestion, on_delete=models.CASCADE, related_name="citations"
    )
