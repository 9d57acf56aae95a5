"""Choice lists of the public forms, made for pages with a few hundred options (the finder's
ethnic groups and communes): Django's select template costs an include per option and its
model choices a server-side cursor (three round trips more) per list — tens of milliseconds a
page. These write the same HTML in Python and read each list in one plain query."""

from django import forms
from django.utils.html import format_html
from django.utils.safestring import mark_safe


def flat_attrs(attrs):
    """As django/forms/widgets/attrs.html: False leaves an attribute out, True writes its name."""
    return mark_safe(  # noqa: S308 (each part escaped by format_html)
        "".join(
            format_html(" {}", name) if value is True else format_html(' {}="{}"', name, value)
            for name, value in attrs.items()
            if value is not False
        )
    )


class Select(forms.Select):
    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [format_html('<select name="{}"{}>', widget["name"], flat_attrs(widget["attrs"]))]
        for group_name, options, _index in widget["optgroups"]:
            if group_name:
                parts.append(format_html('\n  <optgroup label="{}">', group_name))
            parts.extend(
                format_html(
                    '\n  <option value="{}"{}>{}</option>',
                    option["value"],
                    flat_attrs(option["attrs"]),
                    option["label"],
                )
                for option in options
            )
            if group_name:
                parts.append("\n  </optgroup>")
        parts.append("\n</select>")
        return mark_safe("".join(parts))  # noqa: S308 (each part escaped by format_html)


class OneQueryChoices(forms.models.ModelChoiceIterator):
    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.queryset:
            yield self.choice(obj)


class ModelChoiceField(forms.ModelChoiceField):
    widget = Select
    iterator = OneQueryChoices
