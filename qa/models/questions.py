"""The private question: the asker's personal data, consents, queue state and notes.

Nothing here is public. Only Q&A staff (the permission `qa.view_personal_data`) see the asker's
name, e-mail, phone, commune and ethnic group; none of these fields keeps a revision history
(no django-simple-history here), and `erase()` blanks them together with everything derived
from them (notes, queued e-mails). The public answer is a separate record (answers.py) made by
an officer from the question.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from documents.models import Citation
from ubdt_portal.publishing.richtext import RichTextField

__all__ = [
    "CODE_ALPHABET",
    "Consent",
    "InternalNote",
    "OutgoingEmail",
    "Question",
    "QuestionCitation",
    "QuestionEvent",
    "State",
    "new_tracking_code",
    "normalise_code",
]

# No look-alikes: without 0/O, 1/I/L and U/V. 30 symbols, 8 of them: 6.5e11 codes.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
CODE_LENGTH = 8

# Limits on what the asker types (the form enforces them; the columns agree).
NAME_MAX = 100
PHONE_MAX = 20
TEXT_MAX = 4000
REASON_MAX = 500


def new_tracking_code():
    """A random code drawn from a cryptographic source: not sequential, not guessable."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text):
    """What a person typed (any case, spaces, a hyphen in the middle) as a stored code, or ""
    when it cannot be one."""
    code = "".join(str(text or "").split()).replace("-", "").upper()
    if len(code) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in code):
        return ""
    return code


def format_code(code):
    return f"{code[:4]}-{code[4:]}"


class State(models.TextChoices):
    NEW = "moi", _("new")
    ASSIGNED = "da-phan-cong", _("assigned")
    ANSWERED = "da-tra-loi", _("answered, awaiting approval")
    APPROVED = "da-duyet", _("answered (not published)")
    PUBLISHED = "da-cong-bo", _("answered and published")
    REJECTED = "tu-choi", _("rejected")
    SPAM = "spam", _("spam")


OPEN_STATES = (State.NEW, State.ASSIGNED, State.ANSWERED)
CLOSED_STATES = (State.APPROVED, State.PUBLISHED, State.REJECTED, State.SPAM)


class QuestionQuerySet(models.QuerySet):
    def open(self):
        return self.filter(state__in=OPEN_STATES)

    def pending_requests(self):
        """Requests from askers (erasure, withdrawn consent) that staff have not dealt with."""
        return self.filter(request_at__isnull=False, request_done_at__isnull=True)


class Question(models.Model):
    tracking_code = models.CharField(
        _("tracking code"), max_length=CODE_LENGTH, unique=True, editable=False
    )
    # The form's one-time key: a second submit of the same form finds the first question.
    submission_key = models.UUIDField(null=True, unique=True, editable=False)
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    # The asker: personal data.
    name = models.CharField(_("name"), max_length=NAME_MAX, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=PHONE_MAX, blank=True)
    province = models.ForeignKey(
        "reference.Province", on_delete=models.PROTECT, verbose_name=_("province")
    )
    commune = models.ForeignKey(
        "reference.Commune",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("commune"),
    )
    ethnic_group = models.ForeignKey(
        "reference.EthnicGroup",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("ethnic group"),
    )

    # The question.
    topic = models.ForeignKey("reference.Topic", on_delete=models.PROTECT, verbose_name=_("topic"))
    benefit = models.ForeignKey(
        "policies.Benefit",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("about the benefit"),
    )
    document = models.ForeignKey(
        "documents.LegalDocument",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("about the document"),
    )
    text = models.TextField(_("question"), max_length=TEXT_MAX)

    # The queue.
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.NEW, db_index=True
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_questions",
        verbose_name=_("officer"),
    )
    # The wording the public reads, edited by the officer from the asker's text so that nothing
    # identifies the asker; published only with the asker's consent.
    public_title = models.CharField(
        _("question in one line, for publication"),
        max_length=300,
        blank=True,
        help_text=_("Plain words, nothing that identifies the asker."),
    )
    public_question = models.TextField(
        _("question as published"),
        max_length=TEXT_MAX,
        blank=True,
        help_text=_(
            "The asker's question with names, places, phone numbers and family details removed."
        ),
    )
    short_answer = models.TextField(
        _("short answer"),
        max_length=600,
        blank=True,
        help_text=_("One or two sentences that answer the question; shown first."),
    )
    answer = RichTextField(
        _("full answer"),
        blank=True,
        help_text=_("Cite the legal basis below: the documents and articles, the benefits."),
    )
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("answered by"),
    )
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    decision_reason = models.CharField(
        _("reason given to the asker"), max_length=REASON_MAX, blank=True
    )
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True, db_index=True)
    # The public Q&A made from this question. The link goes this way only: nothing public
    # leads back to the private record.
    published = models.OneToOneField(
        "qa.PublishedQuestion",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("published Q&A"),
    )

    # Requests from the asker (with the tracking code): erasure or a withdrawn consent.
    request_at = models.DateTimeField(_("asker's request received"), null=True, blank=True)
    request_done_at = models.DateTimeField(_("asker's request dealt with"), null=True, blank=True)
    erasure_requested = models.BooleanField(_("erasure requested"), default=False)
    erased_at = models.DateTimeField(_("personal data erased at"), null=True, blank=True)

    objects = QuestionQuerySet.as_manager()

    # The asker's data that erase() blanks.
    PERSONAL_FIELDS = ("name", "email", "phone", "commune", "ethnic_group", "text")
    # Text an officer wrote from the asker's, kept: it is what the public may read.

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        permissions = [
            ("view_personal_data", _("Can see the asker's personal data")),
            ("answer_question", _("Can assign, answer and reject questions")),
            ("approve_question", _("Can approve and publish answers")),
        ]
        indexes = [models.Index(fields=["state", "created_at"], name="qa_question_queue")]

    def __str__(self):
        # Never the asker's name: this text goes into admin logs and messages.
        return format_code(self.tracking_code)

    @property
    def display_code(self):
        return format_code(self.tracking_code)

    def save(self, *args, **kwargs):
        if not self.tracking_code:
            self.tracking_code = self._unused_code()
        super().save(*args, **kwargs)

    @classmethod
    def _unused_code(cls):
        while True:
            code = new_tracking_code()
            if not cls.objects.filter(tracking_code=code).exists():
                return code

    @property
    def is_open(self):
        return self.state in OPEN_STATES

    @property
    def answer_visible_to_asker(self):
        return self.state in (State.APPROVED, State.PUBLISHED)

    def consent(self, purpose):
        """The consent for `purpose` if given and not withdrawn (uses prefetched consents)."""
        for consent in self.consents.all():
            if consent.purpose == purpose and consent.withdrawn_at is None:
                return consent
        return None

    def erase(self, now=None):
        """Blank the asker's personal data and everything that repeats it. The question keeps
        its code, province, topic, state, answer and log, so that statistics and the public
        answer stay as they are."""
        from django.db import transaction

        now = now or timezone.now()
        with transaction.atomic():
            for field in self.PERSONAL_FIELDS:
                if field in ("commune", "ethnic_group"):
                    setattr(self, field, None)
                else:
                    setattr(self, field, "")
            self.erased_at = now
            if self.request_at and not self.request_done_at:
                self.request_done_at = now
            self.save()
            self.notes.all().delete()
            self.emails.all().delete()
            # Admin log lines name the object by its code only (see __str__); their change
            # messages name fields, never values. Nothing else keeps a copy.


class Consent(models.Model):
    """One consent as given on the form: what for, when, under which version of the privacy
    notice; and when it was withdrawn."""

    class Purpose(models.TextChoices):
        PROCESSING = "xu-ly", _("processing of personal data to answer the question")
        PUBLICATION = "cong-bo", _("publication of the question without personal data")
        ETHNICITY = "dan-toc", _("processing of the ethnic group (sensitive data)")

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(_("purpose"), max_length=10, choices=Purpose.choices)
    notice_version = models.CharField(_("privacy notice version"), max_length=20)
    given_at = models.DateTimeField(_("given at"))
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        constraints = [
            models.UniqueConstraint(fields=["question", "purpose"], name="qa_one_consent_each")
        ]

    def __str__(self):
        return self.get_purpose_display()


class QuestionEvent(models.Model):
    """One step of the queue: who moved the question, when, from which state to which."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(_("at"), default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    action = models.CharField(_("action"), max_length=20)
    from_state = models.CharField(_("from"), max_length=20, choices=State.choices, blank=True)
    to_state = models.CharField(_("to"), max_length=20, choices=State.choices)
    note = models.CharField(_("note"), max_length=REASON_MAX, blank=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("queue step")
        verbose_name_plural = _("queue steps")

    def __str__(self):
        return f"{self.from_state or '—'} → {self.to_state}"


class InternalNote(models.Model):
    """A note for staff only; never shown to the asker or the public."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("author"),
    )
    created_at = models.DateTimeField(_("written at"), default=timezone.now)
    text = models.TextField(_("note"), max_length=2000)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("internal note")
        verbose_name_plural = _("internal notes")

    def __str__(self):
        return str(_("Note"))


class QuestionCitation(Citation):
    """The legal basis an officer gives an answer: a document and its articles, or a benefit.
    Publishing copies the documents to the public answer's citations (publication.py)."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="citations")
    document = models.ForeignKey(
        "documents.LegalDocument",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("document"),
    )
    benefit = models.ForeignKey(
        "policies.Benefit",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("benefit"),
    )

    class Meta(Citation.Meta):
        constraints = [
            models.CheckConstraint(
                condition=models.Q(document__isnull=False) | models.Q(benefit__isnull=False),
                name="qa_citation_names_something",
            )
        ]

    def __str__(self):
        parts = [str(self.document or ""), self.articles, str(self.benefit or "")]
        return " — ".join(p for p in parts if p)


class OutgoingEmail(models.Model):
    """An e-mail to the asker, written in the same transaction as the change it reports and
    sent after commit; one that fails stays here for `send_question_emails` to retry."""

    class Kind(models.TextChoices):
        RECEIVED = "received", _("question received")
        ANSWERED = "answered", _("answer ready")
        REJECTED = "rejected", _("question rejected")

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="emails")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    recipient = models.EmailField(_("to"))
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("text"))
    created_at = models.DateTimeField(_("written at"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("e-mail to the asker")
        verbose_name_plural = _("e-mails to askers")
        indexes = [models.Index(fields=["sent_at", "attempts"], name="qa_email_unsent")]

    def __str__(self):
        return self.get_kind_display()
