from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_safe

from ubdt_portal import sections
from ubdt_portal.publishing.views import PublishedDetailView

from .forms import DocumentFilterForm
from .models import LegalDocument

PER_PAGE = 20


@require_safe
def document_list(request):
    form = DocumentFilterForm(request.GET)
    form.is_valid()
    documents = form.filter(LegalDocument.objects.for_listing())
    page = Paginator(documents, PER_PAGE).get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)
    LegalDocument.objects.attach_legal_status(page.object_list)
    return render(request, "documents/legaldocument_list.html", {"form": form, "page": page})


class DocumentDetailView(PublishedDetailView):
    """A document's public page, with the sections other apps contribute (the benefits that
    cite it, the news and answers that concern it)."""

    model = LegalDocument

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sections"] = sections.render("document", self.request, document=self.object)
        return context
