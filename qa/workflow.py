"""The question queue's one transition table, and the one function that moves a question.

new → assigned → answered → approved (the asker reads the answer) or published (a public Q&A
is made from it); new/assigned/answered → rejected or spam with a reason the asker sees. Every
move is checked here (state, permission, what it needs) and logged as a QuestionEvent.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Consent, Question, QuestionEvent, State


@dataclass(frozen=True)
class Transition:
    label: str
    sources: tuple
    target: str
    permission: str
    needs_reason: bool = False
    needs_officer: bool = False
    needs_answer: bool = False
    needs_publication_consent: bool = False


ANSWER = "qa.answer_question"
APPROVE = "qa.approve_question"

TRANSITIONS = {
    "assign": Transition(
        _("Assign to an officer"),
        (State.NEW, State.ASSIGNED),
        State.ASSIGNED,
        ANSWER,
        needs_officer=True,
    ),
    "answer": Transition(
        _("Send the answer for approval"),
        (State.ASSIGNED,),
        State.ANSWERED,
        ANSWER,
        needs_answer=True,
    ),
    "return": Transition(
        _("Return to the officer"), (State.ANSWERED,), State.ASSIGNED, APPROVE, needs_reason=True
    ),
    "approve": Transition(
        _("Approve: the asker reads the answer, not published"),
        (State.ANSWERED,),
        State.APPROVED,
        APPROVE,
        needs_answer=True,
    ),
    "publish": Transition(
        _("Approve and publish without personal data"),
        (State.ANSWERED, State.APPROVED),
        State.PUBLISHED,
        APPROVE,
        needs_answer=True,
        needs_publication_consent=True,
    ),
    "hide": Transition(
        _("Hide the published answer"),
        (State.PUBLISHED,),
        State.APPROVED,
        APPROVE,
        needs_reason=True,
    ),
    "reject": Transition(
        _("Reject, with the reason shown to the asker"),
        (State.NEW, State.ASSIGNED, State.ANSWERED),
        State.REJECTED,
        ANSWER,
        needs_reason=True,
    ),
    "spam": Transition(
        _("Mark as spam"), (State.NEW, State.ASSIGNED), State.SPAM, ANSWER, needs_reason=True
    ),
}

CLOSING = {State.APPROVED, State.PUBLISHED, State.REJECTED, State.SPAM}


def available(question, user):
    """The names of the moves `user` may make on `question` now, in table order."""
    return [
        name
        for name, transition in TRANSITIONS.items()
        if question.state in transition.sources and user.has_perm(transition.permission)
    ]


def problem(question, name, user, reason="", officer=None, **pending):
    """Why `user` may not move `question` by `name` now (a message for them), or None.
    `pending` holds texts about to be saved (short_answer, answer, public_title,
    public_question; default: the saved ones)."""
    transition = TRANSITIONS.get(name)
    if transition is None:
        return _("Unknown action.")
    if not user.has_perm(transition.permission):
        return _("Your role may not do this.")
    if question.state not in transition.sources:
        return _("This question is now “%(state)s”; this action is not possible.") % {
            "state": question.get_state_display()
        }
    if transition.needs_reason and not (reason or "").strip():
        return _("Give a reason; the asker will read it.")
    if transition.needs_officer and officer is None:
        return _("Choose the officer.")

    def text(field):
        value = pending.get(field)
        return (getattr(question, field) if value is None else value).strip()

    if transition.needs_answer and not (text("short_answer") and text("answer")):
        return _("Write the short answer and the full answer first.")
    if transition.needs_publication_consent:
        if not question.consent(Consent.Purpose.PUBLICATION):
            return _(
                "The asker did not agree to publication (or withdrew it): approve without "
                "publishing."
            )
        if not (text("public_title") and text("public_question")):
            return _(
                "Write the question as it will be published (one line and the full question), "
                "without anything that identifies the asker."
            )
    return None


def apply(question, name, user, reason="", officer=None):
    """Move `question` by the transition `name`; raises PermissionDenied or ValidationError
    (with a message for the person) when the move is not allowed. Returns the event."""
    from . import notifications, publication

    transition = TRANSITIONS.get(name)
    if transition is None:
        raise ValidationError(_("Unknown action."))
    if not user.has_perm(transition.permission):
        raise PermissionDenied
    with transaction.atomic():
        # Two officers acting at once: the second sees the first one's state.
        current = Question.objects.select_for_update().get(pk=question.pk)
        question.state = current.state
        message = problem(question, name, user, reason, officer)
        if message:
            raise ValidationError(message)
        reason = (reason or "").strip()
        now = timezone.now()
        source = current.state
        question.state = transition.target
        if transition.needs_officer:
            question.assigned_to = officer
        if name == "answer":
            question.answered_by = user
            question.answered_at = now
        if name in ("reject", "spam"):
            question.decision_reason = reason
        if transition.target in CLOSING:
            question.closed_at = question.closed_at or now
        else:
            question.closed_at = None
        if name == "hide" and question.request_at and not question.request_done_at:
            question.request_done_at = now
        question.save()
        event = QuestionEvent.objects.create(
            question=question,
            actor=user,
            at=now,
            action=name,
            from_state=source,
            to_state=transition.target,
            note=reason,
        )
        if name == "publish":
            publication.publish(question, user)
        elif name == "hide":
            publication.hide(question, reason)
        if name in ("approve", "publish") and source == State.ANSWERED:
            notifications.notify(question, "answered")
        elif name == "reject":
            notifications.notify(question, "rejected")
    return event
