from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from documents.admin import CitationInline
from ubdt_portal.publishing.admin import PublishingAdmin, TranslatedLanguagesColumn

from .models import AnswerCitation, PublishedQuestion


class AnswerCitationInline(CitationInline):
    model = AnswerCitation
    extra = 1


@admin.register(PublishedQuestion)
class PublishedQuestionAdmin(PublishingAdmin, TranslatedLanguagesColumn, TabbedTranslationAdmin):
    list_display = ("title", "topic", "answered_on", "status_badge", "translated_languages")
    list_filter = ("status", "topic")
    search_fields = ("title",)
    autocomplete_fields = ("benefits", "related")
    inlines = (AnswerCitationInline,)
    fieldsets = (
        (None, {"fields": ("title", "slug", "question", "short_answer", "answer")}),
        (
            _("Answer record"),
            {"fields": ("answering_unit", "answered_on", "topic", "province")},
        ),
        (_("What it concerns"), {"fields": ("benefits", "ethnic_groups", "related")}),
        (_("Publishing"), {"fields": ("status", "publish_at", "hidden_reason")}),
    )


# The private question queue lives in its own module.
from . import question_admin  # noqa: E402, F401
