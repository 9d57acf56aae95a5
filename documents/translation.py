from modeltranslation.translator import TranslationOptions, register

from ubdt_portal.languages import default_language
from ubdt_portal.publishing.history import register_history

from .models import DocumentAttachment, LegalDocument, StatusChange


@register(LegalDocument)
class LegalDocumentTranslation(TranslationOptions):
    fields = ("title", "summary", "full_text", "issuing_agency")
    required_languages = (default_language(),)


@register(StatusChange)
class StatusChangeTranslation(TranslationOptions):
    fields = ("part",)


@register(DocumentAttachment)
class DocumentAttachmentTranslation(TranslationOptions):
    fields = ("title",)


# Every save of a document is a revision, in every language; the stored status is derived.
register_history(
    LegalDocument,
    m2m_fields=["topics", "replaces", "amends", "guides", "related"],
    excluded_fields=["legal_status"],
)
