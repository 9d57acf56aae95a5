"""Widgets of the public forms. A choice list rendered by Django's templates costs an include per
option: the finder's few hundred options (ethnic groups, communes…) took tens of milliseconds a
page. This one writes the same HTML in Python."""

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
