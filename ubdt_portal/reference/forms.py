"""The GET form of the commune pages: a province to list its communes, or words to look a
commune up by name. A bad value is reported next to its field; the page still answers."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ubdt_portal import choices
from ubdt_portal.search.forms import QueryField

from .models import Province


class CommuneFinderForm(forms.Form):
    province = choices.ModelChoiceField(
        Province.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("Province or city"),
        empty_label=_("All provinces and cities"),
        error_messages={"invalid_choice": _("This choice is not in the list.")},
    )
    q = QueryField(
        label=_("Name of the commune or ward"),
        help_text=_("With or without accents, e.g. Tả Van or ta van."),
    )
