"""Choice lists of the public forms, made for pages with a few hundred options (the finder's
ethnic groups and communes): Django's select template costs an include per option and its
model choices a server-side cursor (three round trips more) per list — tens of milliseconds a
page. These write the same HTML in Python and read each list in one plain query."""

from django import forms
from django.utils.html import conditional_escape as escape
from django.utils.safestring import mark_safe


def flat_attrs(attrs):
    """As django/forms/widgets/attrs.html: False leaves an attribute out, True writes its name."""
    return "".join(
        f" {escape(name)}" if value is True else f' {escape(name)}="{escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


class Select(forms.Select):
    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [f'<select name="{escape(widget["name"])}"{flat_attrs(widget["attrs"])}>']
        for group_name, options, _index in widget["optgroups"]:
            if group_name:
                parts.append(f'\n  <optgroup label="{escape(group_name)}">')
            parts.extend(
                f'\n  <option value="{escape(option["value"])}"{flat_attrs(option["attrs"])}>'
                f"{escape(option['label'])}</option>"
                for option in options
            )
            if group_name:
                parts.append("\n  </optgroup>")
        parts.append("\n</select>")
        return mark_safe("".join(parts))  # noqa: S308 (every value escaped above)


class OneQueryChoices(forms.models.ModelChoiceIterator):
    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.queryset:
            yield self.choice(obj)


class ModelChoiceField(forms.ModelChoiceField):
    widget = Select
    iterator = OneQueryChoices
