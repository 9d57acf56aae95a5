from modeltranslation.translator import TranslationOptions, register

from ubdt_portal.languages import default_language
from ubdt_portal.publishing.history import register_history

from .models import PublishedQuestion


@register(PublishedQuestion)
class PublishedQuestionTranslation(TranslationOptions):
    fields = ("title", "question", "short_answer", "answer", "answering_unit")
    required_languages = (default_language(),)


# Every save of a published Q&A is a revision, in every language. (The private question keeps
# no history of its personal fields: it is not registered here.)
register_history(PublishedQuestion, m2m_fields=["benefits", "ethnic_groups"])
