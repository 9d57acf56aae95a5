"""Changes to a published item kept beside it until approved (PendingChange): what a draft
holds, how it is shown (applied to the item in memory, for the form and the preview), what it
changes (field by field, long texts word by word) and how approving writes it to the live row.

A draft holds every editable field of the item, in every language (modeltranslation's fields
are model fields like any other), and its many-to-many choices; not its workflow state, nor
its publication time, which stay the live row's.

It also holds the rows of the item's inlines (a benefit's amounts and legal basis, an answer's
citations, a document's status history), each relation as the whole list of rows it will have,
in order: `data["inlines"][<relation's accessor>] = [{"pk": pk, or None for a new row,
"fields": {...}}]`; a live row missing from the list is deleted on approval. A relation the
draft does not name keeps its live rows. Rows holding files (attachments, recordings) are not
part of a draft (`holds_files`): on a live item only whoever may publish changes them, when no
change is waiting — an upload cannot wait beside the live row as JSON."""

import copy
import datetime
import difflib
import json
import re

from django.core import serializers
from django.db import models, transaction
from django.utils import timezone
from django.utils.html import format_html, format_html_join, strip_tags
from django.utils.text import capfirst, format_lazy, normalize_newlines
from django.utils.translation import gettext

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


def apply_in_memory(obj, data, inlines=True):
    """Give `obj` the draft's field values (not saved) and its many-to-many choices where its
    relations are read (`obj.topics.all()`), for the change form and the preview; with
    `inlines`, its inlines' rows too (`obj.amounts.all()`, in the model's order). Returns the
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
    for accessor, rows in data.get("inlines", {}).items() if inlines else ():
        rel = relation(type(obj), accessor)
        if rel is None:
            continue
        # The live rows as the page fetched them (with what it fetched along) where it did.
        live = cache.get(accessor)
        if live is None:
            live = getattr(obj, accessor).all()
        wanted = _in_model_order(rel.related_model, draft_rows(rel.field, obj, live, rows))
        cache[accessor] = with_rows(getattr(obj, accessor).all(), wanted)
    return m2m


def approve(pending, obj, reason):
    """Write the draft to the live row `obj` and its inlines' rows, in one transaction, as the
    admin saves a form: the row, its choices, each inline row with its own save() or delete()
    (their signals fire), and the row again for its one revision. Then drop the draft."""
    data = pending.data
    with transaction.atomic():
        apply_in_memory(obj, data, inlines=False)
        obj.__dict__.pop("_prefetched_objects_cache", None)
        # No revision before the last save: it records the fields and the choices.
        obj.skip_history_when_saving = True
        try:
            obj.save()  # first, so that the rows' signal handlers read the new fields
            for name, pks in data["m2m"].items():
                getattr(obj, name).set(pks)
            _write_rows(obj, data.get("inlines", {}))
        finally:
            del obj.skip_history_when_saving
        obj._change_reason = reason
        obj.save()
        pending.delete()


# --- inlines -------------------------------------------------------------------------------


def holds_files(model):
    """Whether rows of `model` hold files, which a draft does not carry."""
    return any(isinstance(field, models.FileField) for field in model._meta.concrete_fields)


def relation(model, accessor):
    """The one-to-many relation of `model` read as `obj.<accessor>` (None if there is none)."""
    for rel in model._meta.related_objects:
        if rel.one_to_many and rel.get_accessor_name() == accessor:
            return rel
    return None


def row_snapshot(row, fk):
    """One inline row of a draft: its pk (None for a new row) and its editable fields, every
    language, but not `fk` (the foreign key to the item)."""
    names = [name for name in draft_field_names(type(row)) if name != fk.name]
    dumped = json.loads(serializers.serialize("json", [row], fields=names))[0]
    return {"pk": dumped["pk"], "fields": dumped["fields"]}


def draft_rows(fk, item, live_rows, rows):
    """The draft's `rows` of the relation `fk` (the rows' foreign key to `item`) as objects, in
    the draft's order: copies of the live rows (`live_rows`) with the draft's values, and new
    rows (pk None), all attached to `item`. A row whose pk is no longer live is a new one."""
    live = {row.pk: row for row in live_rows}
    result = []
    for data in rows:
        draft = _deserialized(fk.model, data["pk"], {"fields": data["fields"], "m2m": {}}).object
        if data["pk"] in live:
            row = copy.copy(live[data["pk"]])  # the live one is left as it is
            for name in data["fields"]:
                try:
                    field = fk.model._meta.get_field(name)
                except LookupError:
                    continue
                setattr(row, field.attname, getattr(draft, field.attname))
        else:
            row = draft
            row.pk = None
        setattr(row, fk.name, item)
        result.append(row)
    return result


def with_rows(queryset, rows):
    """`queryset` already evaluated to `rows` (as a prefetch leaves it): what reads it (`len`,
    iteration, indexing, `exists()`) sees `rows` without a query."""
    queryset = queryset.all()
    queryset._result_cache = list(rows)
    queryset._prefetch_done = True
    return queryset


def _in_model_order(model, rows):
    """`rows` sorted as the database sorts them by the model's Meta.ordering (new rows, with no
    pk yet, last; NULLs last, first when descending, as PostgreSQL)."""
    rows = list(rows)
    for name in reversed(model._meta.ordering):
        if not isinstance(name, str) or "__" in name or "?" in name:
            continue
        descending = name.startswith("-")
        name = name.lstrip("-")
        attname = model._meta.pk.attname if name == "pk" else model._meta.get_field(name).attname

        def key(row, attname=attname):
            value = getattr(row, attname)
            return (value is None, value if value is not None else 0)

        rows.sort(key=key, reverse=descending)
    return rows


def _write_rows(item, inlines):
    for accessor, rows in inlines.items():
        rel = relation(type(item), accessor)
        if rel is None:
            continue
        live = list(getattr(item, accessor).all())
        before = {row.pk: row_snapshot(row, rel.field) for row in live}
        wanted = draft_rows(rel.field, item, live, rows)
        kept = {row.pk for row in wanted if row.pk is not None}
        for row in live:
            if row.pk not in kept:
                row.delete()
        for row in wanted:
            if row.pk is None or row_snapshot(row, rel.field) != before[row.pk]:
                row.save()


def _row_changes(live, accessor, rows):
    """What approving the draft's `rows` of `live.<accessor>` changes: changed fields of a kept
    row, then the rows added and the rows removed (by their names)."""
    rel = relation(type(live), accessor)
    if rel is None:
        return []
    current = list(getattr(live, accessor).all())
    by_pk = {row.pk: row for row in current}
    wanted = draft_rows(rel.field, live, current, rows)
    names = [name for name in draft_field_names(rel.related_model) if name != rel.field.name]
    relation_label = capfirst(rel.related_model._meta.verbose_name_plural)
    changed, added = [], []
    for row in wanted:
        if row.pk is None:
            where = gettext("%(rows)s: a row added") % {"rows": relation_label}
            added.append((where, "—", format_html("<ins>{}</ins>", row)))
            continue
        before = by_pk[row.pk]
        for name in names:
            field = rel.related_model._meta.get_field(name)
            old, new = field.value_from_object(before), field.value_from_object(row)
            if _shown(field, old) == _shown(field, new):
                continue
            where = gettext("%(rows)s, “%(row)s”: %(field)s") % {
                "rows": relation_label,
                "row": before,
                "field": label(field),
            }
            changed.append((where, *_difference(field, old, new)))
    kept = {row.pk for row in wanted}
    where = gettext("%(rows)s: a row removed") % {"rows": relation_label}
    removed = [
        (where, format_html("<del>{}</del>", row), "—") for row in current if row.pk not in kept
    ]
    return [*changed, *added, *removed]


# Longer texts than this (or any TextField) are compared word by word.
_LONG = 120


def changes(live, data):
    """What approving `data` would change in `live`: [(label, before, after)], the texts as
    safe HTML (word differences marked with <del> and <ins>); then its inlines' rows, changed
    field by field, added and removed."""
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
    for accessor, inline_rows in data.get("inlines", {}).items():
        rows.extend(_row_changes(live, accessor, inline_rows))
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
