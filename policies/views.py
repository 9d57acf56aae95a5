from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from documents.models import LegalDocument
from ubdt_portal.publishing.views import PublishedDetailView, not_published

from .finder import find, match_reasons
from .forms import BenefitFilterForm, FinderForm
from .models import Benefit

PER_PAGE = 20


def paginate(request, queryset):
    return Paginator(queryset, PER_PAGE).get_page(request.GET.get("page"))


@require_safe
def benefit_list(request):
    form = BenefitFilterForm(request.GET, language=get_language())
    form.is_valid()
    benefits = form.filter(Benefit.objects.for_listing())
    return render(
        request, "policies/benefit_list.html", {"form": form, "page": paginate(request, benefits)}
    )


@require_safe
def finder(request):
    form = FinderForm(request.GET or None)
    page = None
    ask_query = ""
    if form.is_valid():
        choices = form.choices()
        matches = find(**choices, ended=form.cleaned_data["ended"], known=form.known_objects())
        page = paginate(request, matches)
        for benefit in page:
            benefit.reasons = match_reasons(benefit, **choices)
        ask_query = urlencode(form.answers_as_query())
    return render(
        request,
        "policies/finder.html",
        {
            "form": form,
            "page": page,
            "classification": form.cleaned_data.get("classification") if page else None,
            "ask_query": ask_query,
        },
    )


class BenefitPage(PublishedDetailView):
    """A benefit's page. An address that names no benefit may be one of the old policy pages
    of before issue 8, now a legal document: it answers 301 to the document."""

    model = Benefit

    def get(self, request, *args, **kwargs):
        slug = kwargs[self.slug_url_kwarg]
        try:
            self.object = self.get_object()
        except Http404:
            moved = Benefit.from_old_slug(slug)
            if moved is None or not moved.is_public:
                document = moved_to_document(slug)
                if document is not None:
                    return redirect(document, permanent=True)
            return not_published(request, Benefit, slug)
        return self.render_to_response(self.get_context_data(object=self.object))


def moved_to_document(slug):
    """The public legal document that holds the old policy page at /chinh-sach/<slug>/: the
    copy kept the slug, and the old slugs in its history."""
    document = LegalDocument.objects.published().filter(slug=slug).first()
    if document is None:
        document = LegalDocument.from_old_slug(slug)
    return document if document is not None and document.is_public else None
