"""The admin as tests use it for any model: its pages' addresses (reversed), and a change form
posted back as a browser would, whatever fields the model's admin shows."""

import re
from html.parser import HTMLParser

from django.urls import reverse


def admin_url(model, view, *args):
    """`admin_url(Policy, "change", pk)` — the admin page `view` of `model`."""
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


def revision_url(item, revision):
    """The page of one revision (simple-history's), whose form restores it."""
    return admin_url(type(item), "simple_history", item.pk, revision.history_id)


class _FormFields(HTMLParser):
    """The values a browser would submit from the admin form of the model `model_name` (the
    change form, `<model_name>_form`, or a revision's, `historical<model_name>_form`): named
    inputs (checked boxes only), text areas and the selected options of select boxes."""

    def __init__(self, model_name):
        super().__init__(convert_charrefs=True)
        self.form_ids = {f"{model_name}_form", f"historical{model_name}_form"}
        self.inside = False
        self.fields = []
        self.textarea = None
        self.select = None  # [name, multiple, selected values, first value]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") in self.form_ids
        if not self.inside or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "image", "reset", "file"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.fields.append((name, attrs.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "textarea" and name:
            self.textarea = [name, ""]
        elif tag == "select" and name:
            self.select = [name, "multiple" in attrs, [], None]
        elif tag == "option" and self.select is not None:
            value = attrs.get("value", "")
            if self.select[3] is None:
                self.select[3] = value
            if "selected" in attrs:
                self.select[2].append(value)

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self.textarea is not None:
            # A browser drops the one newline that follows the opening tag.
            name, text = self.textarea
            self.fields.append((name, text.removeprefix("\n")))
            self.textarea = None
        elif tag == "select" and self.select is not None:
            name, multiple, selected, first = self.select
            if not multiple and not selected and first is not None:
                selected = [first]
            self.fields.extend((name, value) for value in selected)
            self.select = None


def form_fields(html, model):
    """{name: value, or [values] for a name given more than once} of `model`'s admin form."""
    parser = _FormFields(model._meta.model_name)
    parser.feed(html)
    data = {}
    for name, value in parser.fields:
        if name in data:
            previous = data[name]
            data[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            data[name] = value
    return data


def offered_choices(html, name):
    """The option values of the select box `name`."""
    select = re.search(rf'<select name="{re.escape(name)}"[^>]*>(.*?)</select>', html, re.S)
    assert select, f"no select box {name!r}"
    return re.findall(r'<option value="([^"]*)"', select.group(1))


def post_form(client, url, model, **changes):
    """Open the admin form at `url`, change some fields and post it back as it is otherwise."""
    page = client.get(url)
    assert page.status_code == 200, page.status_code
    data = {**form_fields(page.content.decode(), model), **changes}
    return client.post(url, {name: value for name, value in data.items() if value is not None})
