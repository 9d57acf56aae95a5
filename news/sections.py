"""What the news contributes to pages it does not own: the latest articles on the home page,
and the articles about an ethnic group on its page."""

from .models import Article

HOME_LATEST = 4
GROUP_LATEST = 5


def home_context(request):
    articles = list(Article.objects.for_listing()[:HOME_LATEST])
    return {"articles": articles} if articles else {}


def _naming(relation, value):
    return list(Article.objects.for_listing().naming(relation, value)[:GROUP_LATEST])


def benefit_context(request, benefit):
    articles = _naming(Article.related_benefits, benefit)
    return {"articles": articles} if articles else {}


def document_context(request, document):
    articles = _naming(Article.related_documents, document)
    return {"articles": articles} if articles else {}


def commune_context(request, commune):
    """The news about the commune's province."""
    articles = _naming(Article.provinces, commune.province_id)
    return {"articles": articles, "province": commune.province} if articles else {}


def ethnic_group_context(request, group):
    articles = list(
        Article.objects.for_listing().naming(Article.ethnic_groups, group)[:GROUP_LATEST]
    )
    return {"group": group, "articles": articles} if articles else {}
