from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_safe

from .forms import DocumentFilterForm
from .models import LegalDocument

PER_PAGE = 20


@require_safe
def document_list(request):
    form = DocumentFilterForm(request.GET)
    form.is_valid()
    documents = form.filter(LegalDocument.objects.for_listing())
    page = Paginator(documents, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "documents/legaldocument_list.html", {"form": form, "page": page})
