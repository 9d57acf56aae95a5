from django.shortcuts import render
from django.views.decorators.http import require_safe

from .registry import search_all


@require_safe
def search(request):
    query = request.GET.get("q", "")
    return render(request, "search/search.html", search_all(query))
