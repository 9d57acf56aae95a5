from modeltranslation.translator import TranslationOptions, register

from ubdt_portal.languages import default_language
from ubdt_portal.publishing.history import register_history

from .models import Benefit, BenefitAmount


@register(Benefit)
class BenefitTranslation(TranslationOptions):
    fields = (
        "title",
        "who_in_one_line",
        "summary",
        "who_qualifies",
        "who_does_not_qualify",
        "conditions",
        "steps",
        "papers",
        "where_to_apply",
        "deadlines",
        "when_paid",
    )
    required_languages = (default_language(),)


@register(BenefitAmount)
class BenefitAmountTranslation(TranslationOptions):
    fields = ("amount", "period", "description")


# Every save of a benefit is a revision, in every language; `applies_now` is derived.
register_history(
    Benefit,
    m2m_fields=["ethnic_groups", "provinces", "regions", "life_situations", "topics"],
    excluded_fields=["applies_now", "applies_now_rank"],
)
