from django.shortcuts import render
from django.views.decorators.http import require_GET

from .registry import search_all


@require_GET
def search(request):
    query = request.GET.get("q", "")
    return render(request, "search/search.html", search_all(query))
