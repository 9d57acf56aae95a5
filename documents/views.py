from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_safe

from .models import LegalDocument


@require_safe
def document_list(request):
    documents = LegalDocument.objects.published().with_legal_status().without_long_texts()
    page = Paginator(documents, 20).get_page(request.GET.get("page"))
    return render(request, "documents/legaldocument_list.html", {"page": page})
