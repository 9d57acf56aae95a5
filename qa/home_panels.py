"""What the Q&A staff find on their admin home page: the open questions assigned to them and
the questions past their deadline (registered on ubdt_portal.publishing.home from apps.py)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ubdt_portal.publishing.home import LIMIT, Entry, Panel

from .models import Question
from .question_admin import due_date, overdue_cutoff


def _entries(questions):
    return [
        Entry(
            f"{question.display_code} — {question.get_state_display()}",
            reverse("admin:qa_question_change", args=[question.pk]),
            _("due %(date)s") % {"date": due_date(question).strftime("%d/%m/%Y")},
        )
        for question in questions[:LIMIT]
    ]


def _queue_url(**filters):
    query = "&".join(f"{name}={value}" for name, value in filters.items())
    return f"{reverse('admin:qa_question_changelist')}?{query}"


def assigned_to_me(request):
    if not request.user.has_perm("qa.answer_question"):
        return None
    questions = Question.objects.open().filter(assigned_to=request.user).order_by("created_at")
    entries = _entries(questions)
    if entries:
        entries.append(Entry(_("All questions assigned to me"), _queue_url(**{"can-bo": "toi"})))
    return Panel(_("Questions assigned to me"), entries, _("No open question is assigned to you."))


def overdue(request):
    if not request.user.has_perm("qa.answer_question"):
        return None
    questions = (
        Question.objects.open().filter(created_at__lt=overdue_cutoff()).order_by("created_at")
    )
    entries = _entries(questions)
    if entries:
        entries.append(Entry(_("All overdue questions"), _queue_url(han="qua-han")))
    return Panel(_("Overdue questions"), entries, _("No question is overdue."))
