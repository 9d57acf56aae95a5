"""Changes to a published item kept beside it until approved (PendingChange): what a draft
holds, how it is shown (applied to the item in memory, for the form and the preview), what it
changes (field by field, long texts word by word) and how approving writes it to the live row.

A draft holds every editable field of the item, in every language (modeltranslation's fields
are model fields like any other), and its many-to-many choices; not its workflow state, nor
its publication time, which stay the live row's. Inlines (attachments, recordings, ...) are
not part of a draft: on a live item they are changed by whoever may publish."""

import datetime
import difflib
import json
import re

from django.core import serializers
from django.db import models, transaction
from django.utils import timezone
from django.utils.html import format_html, format_html_join, strip_tags
from django.utils.text import capfirst, format_lazy, normalize_newlines

from ubdt_portal.languages import language_name_in_interface, translated_fields

# Fields a draft never carries: the workflow's and the bookkeeping ones.
_NOT_IN_DRAFT = {"archived_while_public_at", "created_at", "updated_at"}


def draft_field_names(model, workflow_fields=()):
    """The concrete editable fields a draft of `model` carries."""
    # A translated field's own column (`title`) stands for the active language's one
    # (`title_vi`, ...): the draft holds every language's column instead.
    excluded = {*_NOT_IN_DRAFT, *workflow_fields, *translated_fields(model)}
    return [
        field.name
        for field in model._meta.concrete_fields
        if field.editable and not field.primary_key and field.name not in excluded
    ]


def draft_m2m_names(model):
    return [field.name for field in model._meta.many_to_many if field.editable]


def snapshot(obj, field_names, m2m):
    """The draft of `obj` as it is in memory: its `field_names`, and `m2m` ({name: objects or
    pks}) for its many-to-many choices. JSON, as Django's serializer writes it."""
    fields = json.loads(serializers.serialize("json", [obj], fields=field_names))[0]["fields"]
    return {
        "fields": fields,
        "m2m": {
            name: sorted(getattr(value, "pk", value) for value in values)
            for name, values in m2m.items()
        },
    }


def _deserialized(model, pk, data):
    text = json.dumps(
        [{"model": model._meta.label_lower, "pk": pk, "fields": {**data["fields"], **data["m2m"]}}]
    )
    return next(serializers.deserialize("json", text, ignorenonexistent=True))


def apply_in_memory(obj, data):
    """Give `obj` the draft's field values (not saved) and its many-to-many choices where its
    relations are read (`obj.topics.all()`), for the change form and the preview. Returns the
    draft's many-to-many choices, {name: [pks]}."""
    draft = _deserialized(type(obj), obj.pk, data)
    for name in data["fields"]:
        try:
            field = type(obj)._meta.get_field(name)
        except LookupError:
            continue
        setattr(obj, field.attname, getattr(draft.object, field.attname))
    m2m = {}
    cache = obj.__dict__.setdefault("_prefetched_objects_cache", {})
    for name, pks in draft.m2m_data.items():
        field = type(obj)._meta.get_field(name)
        m2m[name] = list(pks)
        cache[field.name] = field.related_model._default_manager.filter(pk__in=pks)
    return m2m


def approve(pending, obj, reason):
    """Write the draft to the live row `obj` (one save, so one revision) and drop it."""
    data = pending.data
    with transaction.atomic():
        apply_in_memory(obj, data)
        obj.__dict__.pop("_prefetched_objects_cache", None)
        # The choices first, without a revision each: the save's revision records them.
        obj.skip_history_when_saving = True
        try:
            for name, pks in data["m2m"].items():
                getattr(obj, name).set(pks)
        finally:
            del obj.skip_history_when_saving
        obj._change_reason = reason
        obj.save()
        pending.delete()


# Longer texts than this (or any TextField) are compared word by word.
_LONG = 120


def changes(live, data):
    """What approving `data` would change in `live`: [(label, before, after)], the texts as
    safe HTML (word differences marked with <del> and <ins>)."""
    model = type(live)
    draft = _deserialized(model, live.pk, data).object
    rows = []
    for name in data["fields"]:
        try:
            field = model._meta.get_field(name)
        except LookupError:
            continue
        before, after = field.value_from_object(live), field.value_from_object(draft)
        if _shown(field, before) == _shown(field, after):
            continue
        rows.append((label(field), *_difference(field, before, after)))
    for name, pks in data["m2m"].items():
        field = model._meta.get_field(name)
        current = getattr(live, name).all()
        if sorted(item.pk for item in current) == sorted(pks):
            continue
        wanted = field.related_model._default_manager.filter(pk__in=pks)
        rows.append((label(field), *_word_difference(_names(current), _names(wanted), words=False)))
    return rows


def revision_changes(model, older, newer):
    """What a revision (`newer`, a simple-history record) changed since the one before it
    (`older`): [(label, before, after)] as `changes()` gives them — the fields' names, dates in
    local time, choices, related items and many-to-many choices by name, long texts word by
    word. Bookkeeping fields and a translated field's own column (its languages' columns are
    compared) are left out."""
    delta = newer.diff_against(older, foreign_keys_are_objs=False)
    skipped = set(translated_fields(model))
    position = {field.name: n for n, field in enumerate(model._meta.get_fields())}
    rows = []
    for change in sorted(delta.changes, key=lambda change: position.get(change.field, 0)):
        try:
            field = model._meta.get_field(change.field)
        except LookupError:
            continue
        if field.name in skipped or field.name in _NOT_IN_DRAFT:
            continue
        if field.many_to_many:
            target = field.m2m_reverse_field_name()
            rows.append(
                (
                    label(field),
                    *_word_difference(
                        _names_of(field, change.old, target),
                        _names_of(field, change.new, target),
                        words=False,
                    ),
                )
            )
            continue
        if not field.editable and not field.choices:
            continue
        if _shown(field, change.old) == _shown(field, change.new):
            continue
        rows.append((label(field), *_difference(field, change.old, change.new)))
    return rows


def _names_of(field, rows, target):
    pks = [row.get(target) if isinstance(row, dict) else row for row in rows or []]
    return _names(field.related_model._default_manager.filter(pk__in=pks))


def label(field):
    """A field's name for people: "Tóm tắt (tiếng Anh)" for a language's column of a
    translated field (modeltranslation names it "Tóm tắt [en]")."""
    original = getattr(field, "translated_field", None)
    if original is None:
        return capfirst(field.verbose_name)
    return format_lazy(
        "{} ({})", capfirst(original.verbose_name), language_name_in_interface(field.language)
    )


def _names(objects):
    return sorted(str(item) for item in objects)


def _shown(field, value):
    if value is None:
        return ""
    if isinstance(field, models.FileField):
        return getattr(value, "name", value) or ""
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, str):
        return normalize_newlines(value).strip()
    return value


def _as_text(field, value):
    shown = _shown(field, value)
    if isinstance(shown, bool):
        return "✓" if shown else "✗"
    if isinstance(shown, datetime.datetime):
        return timezone.localtime(shown).strftime("%d/%m/%Y %H:%M")
    if hasattr(shown, "strftime"):
        return shown.strftime("%d/%m/%Y")
    if isinstance(field, models.ForeignKey):
        related = field.related_model._default_manager.filter(pk=shown).first()
        return str(related) if related is not None else "—"
    return str(shown)


def _difference(field, before, after):
    before, after = _as_text(field, before), _as_text(field, after)
    if isinstance(field, models.TextField) or max(len(before), len(after)) > _LONG:
        return _word_difference(_plain(before), _plain(after))
    return format_html("<del>{}</del>", before), format_html("<ins>{}</ins>", after)


def _plain(html):
    """A rich text as the words a reader sees (block ends become line ends)."""
    text = re.sub(r"</(p|h\d|li|tr|div)>|<br\s*/?>", "\n", html)
    return strip_tags(text)


def _word_difference(before, after, words=True):
    """Two HTML fragments: `before` with removed words in <del>, `after` with added ones in
    <ins>. `words=False` compares lists of names instead."""
    old = re.findall(r"\s*\S+\s*", before) if words else before
    new = re.findall(r"\s*\S+\s*", after) if words else after
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    left, right = [], []
    separator = "" if words else ", "
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        removed, added = separator.join(old[i1:i2]), separator.join(new[j1:j2])
        if op == "equal":
            left.append(("{}", removed))
            right.append(("{}", added))
            continue
        if removed:
            left.append(("<del>{}</del>", removed))
        if added:
            right.append(("<ins>{}</ins>", added))

    def joined(parts):
        html = format_html_join(
            separator, "{}", ((format_html(template, text),) for template, text in parts)
        )
        return html or "—"

    return joined(left), joined(right)
