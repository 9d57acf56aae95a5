"""What the published Q&A add to pages they do not own (ubdt_portal/sections.py): the latest
answers on the home page, and on the page of an ethnic group, a benefit, a legal document or a
commune the answers that concern it. A page with no such answer shows no section."""

from django.db.models import Exists, OuterRef
from django.utils.translation import gettext as _

from .models import AnswerCitation, PublishedQuestion

LATEST = 5


def _section(answers, heading):
    answers = list(answers[:LATEST])
    if not answers:
        return {}
    return {"answers": answers, "heading": heading}


def home_context(request):
    return _section(PublishedQuestion.objects.for_listing(), _("Latest answers"))


def ethnic_group_context(request, group):
    answers = PublishedQuestion.objects.for_listing().filter(ethnic_groups=group)
    return _section(answers, _("Answers about the %(name)s people") % {"name": group.name})


def benefit_context(request, benefit):
    answers = PublishedQuestion.objects.for_listing().filter(benefits=benefit)
    return _section(answers, _("Questions answered about this benefit"))


def document_context(request, document):
    citing = AnswerCitation.objects.filter(published_question=OuterRef("pk"), document=document)
    answers = PublishedQuestion.objects.for_listing().filter(Exists(citing))
    return _section(answers, _("Answers citing this document"))


def commune_context(request, commune):
    answers = PublishedQuestion.objects.for_listing().filter(province_id=commune.province_id)
    return _section(
        answers,
        _("Answers to questions from %(province)s") % {"province": commune.province.name},
    )


def register_all():
    from ubdt_portal import sections as pages

    for page, function, order in (
        ("home", home_context, 30),
        ("ethnic_group", ethnic_group_context, 30),
        ("benefit", benefit_context, 30),
        ("document", document_context, 30),
        ("commune", commune_context, 30),
    ):
        pages.register(
            page,
            "qa",
            order=order,
            template_name="qa/section.html",
            get_context=function,
        )
