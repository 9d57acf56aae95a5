"""The public pages of published Q&A: the list with search and topic filter, and one answer."""

from django import forms
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from ubdt_portal.publishing.views import PublishedDetailView
from ubdt_portal.reference.models import Topic
from ubdt_portal.search.engine import search
from ubdt_portal.search.forms import QueryField

from .models import PublishedQuestion

PER_PAGE = 20


class TopicChoiceField(forms.ModelChoiceField):
    def __init__(self, queryset, **kwargs):
        super().__init__(queryset, to_field_name="slug", required=False, **kwargs)
        self.error_messages["invalid_choice"] = _("This choice is not in the list.")


class AnswerFilterForm(forms.Form):
    """A bad value in one field is reported next to it and that filter is left out."""

    q = QueryField(label=_("Words in the question or answer"))
    topic = TopicChoiceField(Topic.objects.all(), label=_("Topic"), empty_label=_("All topics"))

    def filter(self, queryset):
        data = self.cleaned_data
        if data.get("topic"):
            queryset = queryset.filter(topic=data["topic"])
        if data.get("q"):
            queryset = search(queryset, data["q"])
        return queryset


@require_safe
def question_list(request):
    form = AnswerFilterForm(request.GET)
    form.is_valid()
    answers = form.filter(PublishedQuestion.objects.for_listing())
    page = Paginator(answers, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "qa/publishedquestion_list.html", {"form": form, "page": page})


question_detail = PublishedDetailView.as_view(model=PublishedQuestion)
