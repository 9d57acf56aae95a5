from modeltranslation.translator import TranslationOptions, register

from ubdt_portal.languages import default_language
from ubdt_portal.publishing.history import register_history

from .models import Alert, Article, Category


@register(Category)
class CategoryTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = (default_language(),)


@register(Article)
class ArticleTranslation(TranslationOptions):
    fields = ("title", "lead", "body", "author")
    required_languages = (default_language(),)


@register(Alert)
class AlertTranslation(TranslationOptions):
    fields = ("message",)
    required_languages = (default_language(),)


# Every save of an article or an alert is a revision, in every language.
register_history(
    Article,
    m2m_fields=["ethnic_groups", "provinces", "related_benefits", "related_documents"],
)
register_history(Alert, m2m_fields=["provinces"])
