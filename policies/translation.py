from modeltranslation.translator import TranslationOptions, register

from ubdt_portal.languages import default_language
from ubdt_portal.publishing.history import register_history

from .models import Benefit, BenefitAmount, Policy, PolicyAttachment, PolicyUpdate


@register(Policy)
class PolicyTranslation(TranslationOptions):
    fields = (
        "title",
        "summary",
        "beneficiaries",
        "conditions",
        "benefits",
        "how_to_apply",
        "full_text",
        "issuing_agency",
    )
    required_languages = (default_language(),)


@register(PolicyUpdate)
class PolicyUpdateTranslation(TranslationOptions):
    fields = ("note",)


@register(PolicyAttachment)
class PolicyAttachmentTranslation(TranslationOptions):
    fields = ("title",)


# Every save of a policy is a revision, in every language.
register_history(Policy, m2m_fields=["ethnic_groups", "provinces", "regions", "topics"])


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


register_history(
    Benefit,
    m2m_fields=["ethnic_groups", "provinces", "regions", "life_situations", "topics"],
)
