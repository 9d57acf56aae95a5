from modeltranslation.translator import TranslationOptions, register
from simple_history import register as register_history

from .models import Policy, PolicyAttachment, PolicyUpdate


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
    required_languages = ("vi",)


@register(PolicyUpdate)
class PolicyUpdateTranslation(TranslationOptions):
    fields = ("note",)


@register(PolicyAttachment)
class PolicyAttachmentTranslation(TranslationOptions):
    fields = ("title",)


# Every save of a policy is a revision: who, when, and every field in every language.
register_history(
    Policy,
    app="policies",
    m2m_fields=["ethnic_groups", "provinces", "regions", "topics"],
    excluded_fields=["search_title", "search_body", "search_vector"],
)
