"""What the news contributes to pages it does not own: the latest articles on the home page,
and the articles about an ethnic group on its page."""

from .models import Article

HOME_LATEST = 4
GROUP_LATEST = 5


def home_context(request):
    articles = list(Article.objects.for_listing()[:HOME_LATEST])
    return {"articles": articles} if articles else {}


def ethnic_group_context(request, group):
    articles = list(
        Article.objects.for_listing().naming(Article.ethnic_groups, group)[:GROUP_LATEST]
    )
    return {"group": group, "articles": articles} if articles else {}
