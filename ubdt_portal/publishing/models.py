"""The editorial workflow every content type shares: draft -> in review -> published (possibly
at a scheduled time) -> archived; slug history so renamed content keeps its old links."""

import hashlib
import json

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.signals import class_prepared, post_delete
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ubdt_portal.languages import default_language, in_language, localized_names, translated_q
from ubdt_portal.search.models import SEARCH_COLUMNS, Searchable
from ubdt_portal.vietnamese import slugify


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


def published_q(prefix=""):
    """The one visibility rule: published, and the publish time has passed. `prefix` applies it
    across a relation ("replaced_by__")."""
    return Q(**{f"{prefix}status": Status.PUBLISHED, f"{prefix}publish_at__lte": timezone.now()})


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """What the public may see — in pages, search, feeds, sitemap and API alike."""
        return self.filter(published_q())

    def translated_into(self, language):
        """Items that have their own text in `language`: their `title_field` is translated."""
        return self.filter(translated_q(self.model, self.model.title_field, language))

    def without_long_texts(self):
        """For lists: the model's long texts, in every language, and its search columns are
        not read."""
        return self.defer(*self.model.listing_deferred_fields())


class Publishable(models.Model):
    # Declarations a content type may change. The field that names an item: an item counts as
    # translated into a language when this field is.
    title_field = "title"
    # Texts a list never shows (read only on the item's own page), named once: lists leave them
    # out in every language.
    long_text_fields = ()
    # The date of the last check that an item is still current: the admin's home page lists
    # published items not reviewed for PUBLISHING_STALE_MONTHS months.
    review_date_field = "updated_at"

    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    publish_at = models.DateTimeField(
        _("publish at"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Leave empty to publish at once; a future time schedules publication."),
    )
    # Set when the item is archived while it is public, cleared when it leaves the archive: only
    # content the public has seen answers 410 Gone; a draft whose publication time has passed,
    # or a scheduled item archived before its time, answers 404 like any unknown address.
    archived_while_public_at = models.DateTimeField(
        _("archived while public at"), null=True, editable=False
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PublishableQuerySet.as_manager()

    # The page of one item (publishing/views.py), the same for the public and for the staff
    # preview: its template (None: Django's "<app_label>/<model_name>_detail.html") and, in
    # detail_queryset(), what it needs fetched. list_url_name names the public list of the
    # content type, where the page of withdrawn content sends readers.
    detail_template_name = None
    list_url_name = None

    class Meta:
        abstract = True
        # What published() filters on.
        indexes = [
            models.Index(fields=["status", "publish_at"], name="%(app_label)s_%(class)s_visible")
        ]

    @classmethod
    def listing_deferred_fields(cls):
        long_texts = (
            name for field in cls.long_text_fields for name in [field, *localized_names(cls, field)]
        )
        searched = SEARCH_COLUMNS if issubclass(cls, Searchable) else ()
        return list(dict.fromkeys([*long_texts, *searched]))

    @classmethod
    def detail_queryset(cls):
        return cls._default_manager.all()

    def get_preview_url(self):
        return reverse(
            "publishing:preview", kwargs={"label": self._meta.label_lower, "pk": self.pk}
        )

    def save(self, *args, **kwargs):
        if self.status == Status.PUBLISHED and self.publish_at is None:
            self.publish_at = timezone.now()
        archived_while_public_at = self._archived_while_public_at()
        if archived_while_public_at != self.archived_while_public_at:
            self.archived_while_public_at = archived_while_public_at
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "archived_while_public_at"}
        super().save(*args, **kwargs)

    def _archived_while_public_at(self):
        """What `archived_while_public_at` holds once this save is done, judged against the
        stored state (not the one in memory, which a restored revision may bring)."""
        if self.status != Status.ARCHIVED:
            return None
        stored = None
        if self.pk:
            fields = ("status", "publish_at", "archived_while_public_at")
            stored = type(self)._default_manager.filter(pk=self.pk).values(*fields).first()
        if stored is None:  # created archived: never public
            return None
        if stored["status"] == Status.ARCHIVED:
            return stored["archived_while_public_at"]
        now = timezone.now()
        was_public = (
            stored["status"] == Status.PUBLISHED
            and stored["publish_at"] is not None
            and stored["publish_at"] <= now
        )
        return now if was_public else None

    @property
    def is_public(self):
        return (
            self.status == Status.PUBLISHED
            and self.publish_at is not None
            and self.publish_at <= timezone.now()
        )

    @property
    def is_scheduled(self):
        return self.status == Status.PUBLISHED and not self.is_public

    @property
    def is_gone(self):
        """Archived while it was public: its address answers 410 Gone, not 404. A past
        `publish_at` alone proves nothing (a draft may have one, a scheduled item archived
        before its time gets one as time passes)."""
        return self.status == Status.ARCHIVED and self.archived_while_public_at is not None


def publishable_models():
    """Every installed content type that uses the publishing workflow."""
    return [model for model in apps.get_models() if issubclass(model, Publishable)]


def fitting_index_name(name, limit=30):
    """Django allows index names of 30 characters at most: a longer one keeps its start and
    gains a short digest of the whole, so it stays unique and the same on every run."""
    if len(name) <= limit:
        return name
    digest = hashlib.sha1(name.encode(), usedforsecurity=False).hexdigest()[:8]
    return f"{name[: limit - 9]}_{digest}"


@receiver(class_prepared)
def add_indexes_of_abstract_parents(sender, **kwargs):
    """Django gives a model the Meta of its first abstract parent only, and none when the model
    writes its own: add the indexes every abstract parent declares (Publishable's visibility
    index, Searchable's search index) so that a content type need not list them."""
    if sender._meta.proxy:
        return
    names = {index.name for index in sender._meta.indexes}
    for parent in sender.__mro__[1:]:
        meta = parent.__dict__.get("Meta")
        if meta is None or not getattr(getattr(parent, "_meta", None), "abstract", False):
            continue
        for declared in getattr(meta, "indexes", ()):
            index = declared.clone()
            index.name = fitting_index_name(
                index.name
                % {"app_label": sender._meta.app_label.lower(), "class": sender._meta.model_name}
            )
            if index.name not in names:
                sender._meta.indexes.append(index)
                names.add(index.name)
                # Migrations read the indexes of models whose Meta named some.
                sender._meta.original_attrs["indexes"] = sender._meta.indexes


class SlugHistory(models.Model):
    """A slug a piece of content had before it was renamed; its URL answers with a 301."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    slug = models.SlugField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_type", "slug"], name="unique_old_slug")
        ]
        verbose_name = _("old address")
        verbose_name_plural = _("old addresses")

    def __str__(self):
        return self.slug


# Long enough to say what the page is, short enough to share and print.
SLUG_WORDS_LENGTH = 80


class Sluggable(models.Model):
    """An ASCII slug made from the Vietnamese title; changing it keeps the old one redirecting."""

    slug = models.SlugField(
        _("web address"),
        max_length=200,
        unique=True,
        blank=True,
        help_text=_(
            "Made from the title when left empty. Changing it keeps the old address working."
        ),
    )

    class Meta:
        abstract = True

    def slug_source(self):
        return in_language(self, "title", default_language()) or self.title

    def validate_unique(self, exclude=None):
        errors = {}
        try:
            super().validate_unique(exclude)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if not exclude or "slug" not in exclude:
            taken = self._old_address_of_another()
            if taken is not None:
                errors.setdefault("slug", []).append(taken)
        if errors:
            raise ValidationError(errors)

    def _old_address_of_another(self):
        """A ValidationError if the slug is another item's old address (its link must keep
        leading there), else None."""
        if not self.slug:
            return None
        entry = (
            SlugHistory.objects.filter(
                content_type=ContentType.objects.get_for_model(type(self)), slug=self.slug
            )
            .exclude(object_id=self.pk or 0)
            .first()
        )
        owner = entry and type(self)._default_manager.filter(pk=entry.object_id).first()
        if owner is None:  # no entry, or the item was deleted and its old address leads nowhere
            return None
        return ValidationError(
            _(
                "“%(slug)s” is an old address of “%(owner)s” and still leads there. "
                "Choose another web address."
            ),
            code="old_address",
            params={"slug": self.slug, "owner": owner},
        )

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self._unique_slug(
                slugify(self.slug_source(), max_length=SLUG_WORDS_LENGTH) or "noi-dung"
            )
        previous = None
        if self.pk:
            previous = type(self).objects.filter(pk=self.pk).values_list("slug", flat=True).first()
        if self.slug != previous:
            taken = self._old_address_of_another()
            if taken is not None:
                # Forms show this beside the field; code that skips validation stops here.
                raise ValidationError({"slug": [taken]})
        super().save(*args, **kwargs)
        if previous and previous != self.slug:
            content_type = ContentType.objects.get_for_model(self, for_concrete_model=True)
            SlugHistory.objects.update_or_create(
                content_type=content_type, slug=previous, defaults={"object_id": self.pk}
            )
            # A slug taken back by its own object is no longer an old one.
            SlugHistory.objects.filter(
                content_type=content_type, slug=self.slug, object_id=self.pk
            ).delete()

    def _unique_slug(self, base):
        model = type(self)
        content_type = ContentType.objects.get_for_model(model)
        slug, n = base, 2
        while (
            model.objects.filter(slug=slug).exclude(pk=self.pk).exists()
            or SlugHistory.objects.filter(content_type=content_type, slug=slug)
            .exclude(object_id=self.pk or 0)
            .exists()
        ):
            slug = f"{base[:190]}-{n}"
            n += 1
        return slug

    @classmethod
    def from_old_slug(cls, slug):
        """The object that used to have this slug, or None."""
        entry = SlugHistory.objects.filter(
            content_type=ContentType.objects.get_for_model(cls), slug=slug
        ).first()
        return cls.objects.filter(pk=entry.object_id).first() if entry else None


class WorkflowEvent(models.Model):
    """One step of the editorial workflow taken with a button (sent for review, returned with a
    comment, published, ...), with the comment that came with it: what the editor reads when
    their work is returned, and what the history shows beside the revision."""

    class Action(models.TextChoices):
        SUBMITTED = "submitted", _("Sent for review")
        RETURNED = "returned", _("Returned to the editor")
        PUBLISHED = "published", _("Approved and published")
        SCHEDULED = "scheduled", _("Scheduled")
        UNPUBLISHED = "unpublished", _("Taken down")
        CHANGE_SAVED = "change_saved", _("Change to the live version saved as a draft")
        CHANGE_SUBMITTED = "change_submitted", _("Change to the live version sent for review")
        CHANGE_RETURNED = "change_returned", _("Change to the live version returned")
        CHANGE_APPROVED = "change_approved", _("Change to the live version approved")

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    comment = models.TextField(_("comment"), blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("at"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"], name="workflow_event_item")]
        verbose_name = _("workflow step")
        verbose_name_plural = _("workflow steps")

    def __str__(self):
        return self.get_action_display()

    @classmethod
    def of(cls, item):
        return cls.objects.filter(
            content_type=ContentType.objects.get_for_model(type(item)), object_id=item.pk
        )


class PendingChange(models.Model):
    """A change to a published item, kept beside it until the editor-in-chief approves it: the
    public keeps seeing the live row. `data` holds every editable field of the item as the
    editor left it (every language, the many-to-many choices and the rows of its inlines but
    those holding files), exactly what approving writes to the live item (drafts.py)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    data = models.JSONField()
    submitted = models.BooleanField(_("sent for review"), default=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="one_pending_change_per_item"
            )
        ]
        verbose_name = _("pending change")
        verbose_name_plural = _("pending changes")

    def __str__(self):
        return str(_("Pending change"))

    @classmethod
    def of(cls, item):
        return cls.objects.filter(
            content_type=ContentType.objects.get_for_model(type(item)), object_id=item.pk
        ).first()

    @property
    def token(self):
        """Names this version of the draft: an approval posts it back, so that what goes live is
        the draft the approver saw, not one saved since. Its data, inline rows included, are
        part of it, whatever wrote them."""
        digest = hashlib.sha256(json.dumps(self.data, sort_keys=True).encode()).hexdigest()
        return f"{self.pk}-{self.updated_at.timestamp():.6f}-{digest[:16]}"


@receiver(post_delete)
def drop_pending_change_of_deleted_item(sender, instance, **kwargs):
    """A change waiting beside an item goes with the item (its workflow steps stay, like its
    revisions)."""
    if isinstance(instance, Publishable) and instance.pk is not None:
        PendingChange.objects.filter(
            content_type=ContentType.objects.get_for_model(sender), object_id=instance.pk
        ).delete()
