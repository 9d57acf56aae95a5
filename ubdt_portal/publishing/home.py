"""The admin's home page per role: what waits for the person logged in, over every content type
that uses the publishing workflow — for review, returned to me with a comment, scheduled,
recently published, not reviewed for a long time, and how much is translated.

Panels are functions `panel(request) -> Panel | None` (None: nothing to show to this person).
The publishing workflow registers its own below; another app adds one from its AppConfig.ready()
(`home.register(questions_assigned_to_me)`), so that shared code never imports it."""

import dataclasses
from datetime import timedelta

from django.conf import settings
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ubdt_portal.languages import content_languages, language_name_in_interface, localized_name

from .models import PendingChange, WorkflowEvent, publishable_models

# How many items a panel lists; the link under it leads to the rest.
LIMIT = 8


@dataclasses.dataclass
class Entry:
    label: str
    url: str | None
    note: str = ""


@dataclasses.dataclass
class Panel:
    title: str
    entries: list = dataclasses.field(default_factory=list)
    empty: str = ""
    # A table instead of a list: (header cells, rows of cells).
    table: tuple | None = None


_panels = []


def register(panel, position=None):
    """Add a panel function to the home page (at `position`, else last)."""
    if panel not in _panels:
        _panels.insert(len(_panels) if position is None else position, panel)
    return panel


def panels(request):
    """The panels for the person of `request`: each says what waits, or that nothing does."""
    shown = []
    for panel in _panels:
        result = panel(request)
        if result is not None:
            shown.append(result)
    return shown


def _workflows(request, permission="view"):
    """(model, its PublishingAdmin) for every publishable model the user may `permission`."""
    from .admin import PublishingAdmin

    for model in publishable_models():
        model_admin = admin.site._registry.get(model)
        if not isinstance(model_admin, PublishingAdmin):
            continue
        allowed = getattr(model_admin, f"has_{permission}_permission")(request)
        if allowed:
            yield model, model_admin


def _change_url(model, pk):
    opts = model._meta
    try:
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[pk])
    except NoReverseMatch:
        return None


def _entry(item, note=""):
    type_name = type(item)._meta.verbose_name
    return Entry(f"{str(type_name).capitalize()}: {item}", _change_url(type(item), item.pk), note)


def _when(value):
    return timezone.localtime(value).strftime("%d/%m/%Y %H:%M") if value else ""


@register
def for_review(request):
    """Items sent for review, and changes to live items sent for review: for who may publish
    them; an editor sees their own there too (waiting, nothing to do)."""
    workflows = list(_workflows(request, "change"))
    if not workflows:
        return None
    entries = []
    for model, flow in workflows:
        if len(flow.editor_states) < 2:
            continue
        items = model._default_manager.filter(**{flow.state_field: flow.editor_states[1]})
        for item in items.order_by("-pk")[:LIMIT]:
            entries.append(_entry(item, _("new item")))
        pending = PendingChange.objects.filter(
            content_type=ContentType.objects.get_for_model(model), submitted=True
        ).select_related("author")
        live = model._default_manager.in_bulk([change.object_id for change in pending[:LIMIT]])
        for change in pending[:LIMIT]:
            if change.object_id in live:
                entries.append(_entry(live[change.object_id], _("change to the published version")))
    return Panel(_("Waiting for review"), entries[: LIMIT * 2], _("Nothing waits for review."))


@register
def returned_to_me(request):
    """What the editor-in-chief returned to the person who had sent it, with the comment."""
    if not any(_workflows(request, "change")):
        return None
    entries = []
    sent = WorkflowEvent.objects.filter(
        user=request.user,
        action__in=[WorkflowEvent.Action.SUBMITTED, WorkflowEvent.Action.CHANGE_SUBMITTED],
    )
    latest = (
        WorkflowEvent.objects.filter(
            content_type=OuterRef("content_type"), object_id=OuterRef("object_id")
        )
        .exclude(action=WorkflowEvent.Action.CHANGE_SAVED)
        .order_by("-created_at", "-pk")
    )
    returned = (
        WorkflowEvent.objects.filter(
            action__in=[WorkflowEvent.Action.RETURNED, WorkflowEvent.Action.CHANGE_RETURNED],
            pk=Subquery(latest.values("pk")[:1]),
            object_id__in=sent.values("object_id"),
        )
        .select_related("content_type", "user")
        .order_by("-created_at")[:LIMIT]
    )
    for event in returned:
        model = event.content_type.model_class()
        if (
            model is None
            or not sent.filter(content_type=event.content_type, object_id=event.object_id).exists()
        ):
            continue
        item = model._default_manager.filter(pk=event.object_id).first()
        if item is not None:
            entries.append(
                _entry(item, f"{event.user or '—'}, {_when(event.created_at)}: {event.comment}")
            )
    return Panel(_("Returned to me with a comment"), entries, _("Nothing was returned to you."))


@register
def scheduled(request):
    workflows = list(_workflows(request))
    if not workflows:
        return None
    entries = []
    for model, flow in workflows:
        if not flow.schedule_field:
            continue
        items = model._default_manager.filter(
            **{
                flow.state_field: flow.published_state,
                f"{flow.schedule_field}__gt": timezone.now(),
            }
        ).order_by(flow.schedule_field)
        for item in items[:LIMIT]:
            entries.append(_entry(item, _when(getattr(item, flow.schedule_field))))
    return Panel(_("Scheduled"), entries, _("Nothing is scheduled."))


@register
def recently_published(request):
    workflows = list(_workflows(request))
    if not workflows:
        return None
    entries = []
    for model, flow in workflows:
        if flow.published_state is None or not flow.schedule_field:
            continue
        items = model.objects.published().order_by(f"-{flow.schedule_field}")
        for item in items[:LIMIT]:
            entries.append(
                (
                    getattr(item, flow.schedule_field),
                    _entry(item, _when(getattr(item, flow.schedule_field))),
                )
            )
    entries.sort(key=lambda pair: pair[0], reverse=True)
    return Panel(
        _("Recently published"), [entry for _when_, entry in entries[:LIMIT]], _("Nothing yet.")
    )


@register
def stale(request):
    """Published items nobody has reviewed for PUBLISHING_STALE_MONTHS months (by the model's
    `review_date_field`)."""
    months = getattr(settings, "PUBLISHING_STALE_MONTHS", 12)
    before = timezone.now() - timedelta(days=round(months * 30.44))
    workflows = list(_workflows(request, "change"))
    if not workflows:
        return None
    entries = []
    for model, _flow in workflows:
        field = model.review_date_field
        if isinstance(model._meta.get_field(field), models.DateTimeField):
            limit = before
        else:
            limit = timezone.localtime(before).date()
        items = model.objects.published().filter(**{f"{field}__lt": limit}).order_by(field)
        for item in items[:LIMIT]:
            value = getattr(item, field)
            shown = value.strftime("%d/%m/%Y") if hasattr(value, "strftime") else ""
            entries.append(_entry(item, _("last reviewed %(date)s") % {"date": shown}))
    return Panel(
        _("Not reviewed for %(months)d months") % {"months": months},
        entries,
        _("Everything published was reviewed recently."),
    )


@register
def translation_coverage(request):
    """Per content type: how many published items have their own text in each language."""
    languages = content_languages()
    rows = []
    for model, _flow in _workflows(request):
        # One query per content type: every language counted in the same pass.
        counts = {"total": models.Count("pk")}
        for language in languages[1:]:
            column = localized_name(model, model.title_field, language)
            translated = Q(**{f"{column}__gt": ""}) if column else Q(pk__in=[])
            counts[language] = models.Count("pk", filter=translated)
        figures = model.objects.published().aggregate(**counts)
        total = figures["total"]
        cells = [str(model._meta.verbose_name_plural).capitalize(), str(total)]
        for language in languages[1:]:
            count = figures[language]
            cells.append(f"{count} ({round(100 * count / total) if total else 0}%)")
        rows.append(cells)
    if not rows:
        return None
    header = [
        _("Content"),
        _("Published"),
        *(language_name_in_interface(code) for code in languages[1:]),
    ]
    return Panel(_("Translations of published content"), table=(header, rows))
