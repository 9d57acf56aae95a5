from django.shortcuts import render
from django.views.decorators.http import require_safe

from .registry import search_page


@require_safe
def search(request):
    context = search_page(
        request.GET.get("q", ""), request.GET.get("type", ""), request.GET.get("page")
    )
    return render(request, "search/search.html", context)
