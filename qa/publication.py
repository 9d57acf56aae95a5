"""From a private question to the public Q&A (qa.PublishedQuestion), and back down.

The public record is made here and only here, by the approver's "publish" step: it copies the
wording the officer prepared for publication (never the asker's own text), the answers, the
legal basis, the topic and — since the asker agreed to publication — the province as a
reference; never a name, e-mail, phone, commune or ethnic group. The private question points
to the public one; nothing public points back.
"""

from django.utils import timezone, translation

from ubdt_portal.publishing.models import Status
from ubdt_portal.reference.models import SiteSettings

from .models import AnswerCitation, PublishedQuestion


def publish(question, user):
    """Make (or update and publish again) the public Q&A of `question`."""
    public = question.published or PublishedQuestion()
    settings = SiteSettings.load()
    with translation.override("vi"):
        public.title_vi = question.public_title
        public.question_vi = question.public_question
        public.short_answer_vi = question.short_answer
        public.answer_vi = question.answer
        public.answering_unit_vi = (
            public.answering_unit_vi or settings.operating_unit or settings.organisation_name
        )
    public.answered_on = timezone.localdate(question.answered_at or timezone.now())
    public.topic = question.topic
    public.province = question.province
    public.status = Status.PUBLISHED
    public.publish_at = timezone.now()
    public.hidden_reason = ""
    public.save()
    citations = list(question.citations.select_related("document", "benefit"))
    public.citations.all().delete()
    AnswerCitation.objects.bulk_create(
        AnswerCitation(published_question=public, document=c.document, articles=c.articles, order=i)
        for i, c in enumerate(c for c in citations if c.document_id)
    )
    benefits = {c.benefit for c in citations if c.benefit_id}
    if question.benefit_id:
        benefits.add(question.benefit)
    public.benefits.set(benefits)
    if question.published_id != public.pk:
        question.published = public
        question.save(update_fields=["published"])
    return public


def hide(question, reason):
    """Take the public Q&A of `question` down (archived), recording `reason` for staff."""
    public = question.published
    if public is None:
        return
    public.status = Status.ARCHIVED
    public.hidden_reason = reason[:500]
    public.save()


def public_url(question):
    """The address of the public Q&A made from `question`, while it is public; else None."""
    if not question.published_id:
        return None
    public = PublishedQuestion.objects.published().filter(pk=question.published_id).first()
    return public.get_absolute_url() if public else None
