"""Choice lists of the public forms, made for pages with a few hundred options (the finder's
ethnic groups and communes): Django's select template costs an include per option and its
model choices a server-side cursor (three round trips more) per list — tens of milliseconds a
page. These write the same HTML in Python and read each list in one plain query, which also answers
the lookup of the chosen value."""

from django import forms
from django.core.exceptions import ValidationError
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
        # Widget.get_context, not ChoiceWidget's: its option dictionaries cost more than the
        # options themselves; the choices are read here as Django's optgroups() reads them.
        widget = forms.Widget.get_context(self, name, value, attrs)["widget"]
        parts = [f'<select name="{escape(widget["name"])}"{flat_attrs(widget["attrs"])}>']
        values = set(widget["value"])
        has_selected = False
        for option_value, option_label in self.choices:
            if isinstance(option_label, list | tuple):  # a group: Django's own rendering
                return super().render(name, value, attrs, renderer)
            option_value = "" if option_value is None else option_value
            selected = not has_selected and str(option_value) in values
            has_selected |= selected
            parts.append(
                f'\n  <option value="{escape(option_value)}"{" selected" if selected else ""}>'
                f"{escape(option_label)}</option>"
            )
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

    def to_python(self, value):
        """The chosen object, found in the list itself, which the page reads to show it
        anyway: no query of its own (Django's asks the database once more per field)."""
        if value in self.empty_values:
            return None
        self.validate_no_null_characters(value)
        key = self.to_field_name or "pk"
        if isinstance(value, self.queryset.model):
            value = getattr(value, key)
        wanted = str(value)
        for obj in self.queryset:
            if str(getattr(obj, key)) == wanted:
                return obj
        raise ValidationError(
            self.error_messages["invalid_choice"], code="invalid_choice", params={"value": value}
        )
