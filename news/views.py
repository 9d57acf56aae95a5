from django.shortcuts import render
from django.views.decorators.http import require_safe


@require_safe
def article_list(request):
    # Articles arrive with the news issue; until then the page says honestly that there are none.
    return render(request, "news/article_list.html", {"articles": []})
