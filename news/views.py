from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_safe

from .models import Article, Category

PER_PAGE = 12


@require_safe
def article_list(request):
    """Published articles, newest first, a page at a time; `category` narrows them (an unknown
    one is said to be unknown, and every article is listed)."""
    categories = list(Category.objects.all())
    wanted = request.GET.get("category", "")
    category = next((c for c in categories if c.slug == wanted), None)
    articles = Article.objects.for_listing()
    if category is not None:
        articles = articles.filter(category=category)
    page = Paginator(articles, PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "news/article_list.html",
        {
            "page": page,
            "categories": categories,
            "category": category,
            "unknown_category": bool(wanted) and category is None,
        },
    )
