"""The citizen's side of Q&A: asking without an account, the tracking code, the lookup, the
asker's requests (withdraw a consent, erase), and the privacy notice."""

import uuid

from django.conf import settings
from django.db import IntegrityError, transaction
from django.forms.utils import ErrorDict
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from documents.models import LegalDocument
from policies.models import Benefit
from ubdt_portal.reference.models import SiteSettings

from . import limits, notifications
from .forms import AskForm, LookupForm
from .models import Consent, Question, QuestionEvent, State
from .privacy import NOTICE_VERSION, REQUEST_WORKING_DAYS
from .working_days import add_working_days

SESSION_KEY = "qa_last_code"

# GET parameters that preselect the form: from a benefit's or a document's page, and the
# finder's choices when it found nothing (its parameter names).
BENEFIT_PARAMS = ("che-do", "benefit")
DOCUMENT_PARAMS = ("van-ban", "document", "chinh-sach")
FINDER_PARAMS = {
    "topic": "topic",
    "province": "province",
    "commune": "commune",
    "group": "ethnic_group",
}


def _first(query, names):
    for name in names:
        value = query.get(name, "")
        if value:
            return value[:200]
    return ""


def _initial(query):
    initial = {field: query.get(param, "")[:200] for param, field in FINDER_PARAMS.items()}
    initial = {field: value for field, value in initial.items() if value}
    benefit = _first(query, BENEFIT_PARAMS)
    document = _first(query, DOCUMENT_PARAMS)
    if benefit and Benefit.objects.published().filter(slug=benefit).exists():
        initial["benefit"] = benefit
    if document and LegalDocument.objects.published().filter(slug=document).exists():
        initial["document"] = document
    return initial


def _about(form):
    """The benefit and document the question is about, for the page to name."""
    benefit = form["benefit"].value() or ""
    document = form["document"].value() or ""
    return {
        "about_benefit": Benefit.objects.published().filter(slug=benefit).first()
        if benefit
        else None,
        "about_document": LegalDocument.objects.published().filter(slug=document).first()
        if document
        else None,
    }


def expected_answer_date(day=None):
    day = day or timezone.localdate()
    return add_working_days(day, SiteSettings.load().qa_overdue_working_days)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def ask(request):
    if request.method == "POST":
        if not limits.ask_allowed(request):
            return render(request, "qa/rate_limited.html", {"what": "ask"}, status=429)
        form = AskForm(request.POST)
        if "show_communes" in request.POST:
            # Only the province changed: show its communes, keep what was typed, judge nothing.
            form._errors = ErrorDict()
        elif form.is_valid():
            if form.cleaned_data["website"]:
                form.add_error(
                    None,
                    _(
                        "This form looks as if a program filled it in. If you are a person, "
                        "empty the field “Leave this field empty” and send again."
                    ),
                )
            else:
                question, created = create_question(form.cleaned_data)
                if created:
                    limits.record_ask(request)
                request.session[SESSION_KEY] = question.tracking_code
                return redirect("qa:thanks")
    else:
        form = AskForm(initial={**_initial(request.GET), "submission_key": uuid.uuid4()})
    return render(request, "qa/ask.html", {"form": form, **_about(form)})


def create_question(data):
    """The question with its consents and its first log line, and the e-mail to the asker
    (sent after commit). A form sent twice (the same submission key) gives the first question;
    (question, created)."""
    now = timezone.now()
    try:
        with transaction.atomic():
            question = Question.objects.create(
                submission_key=data["submission_key"],
                created_at=now,
                name=data["name"],
                email=data["email"],
                phone=data["phone"],
                province=data["province"],
                commune=data["commune"],
                ethnic_group=data["ethnic_group"] if data["consent_ethnicity"] else None,
                topic=data["topic"],
                benefit=data["benefit"],
                document=data["document"],
                text=data["text"],
            )
            purposes = [Consent.Purpose.PROCESSING]
            if data["consent_publication"]:
                purposes.append(Consent.Purpose.PUBLICATION)
            if data["consent_ethnicity"]:
                purposes.append(Consent.Purpose.ETHNICITY)
            Consent.objects.bulk_create(
                Consent(question=question, purpose=p, notice_version=NOTICE_VERSION, given_at=now)
                for p in purposes
            )
            QuestionEvent.objects.create(
                question=question, at=now, action="received", to_state=State.NEW
            )
            notifications.notify(question, "received")
    except IntegrityError:
        existing = Question.objects.filter(submission_key=data["submission_key"]).first()
        if existing is None:
            raise
        return existing, False
    return question, True


@never_cache
@require_safe
def thanks(request):
    code = request.session.get(SESSION_KEY)
    question = Question.objects.filter(tracking_code=code).first() if code else None
    if question is None:
        return redirect("qa:ask")
    return render(
        request,
        "qa/thanks.html",
        {
            "question": question,
            "expected": expected_answer_date(timezone.localdate(question.created_at)),
            "working_days": SiteSettings.load().qa_overdue_working_days,
        },
    )


def _lookup_context(question):
    question = (
        Question.objects.select_related("topic", "province")
        .prefetch_related("consents", "citations__document", "citations__benefit")
        .get(pk=question.pk)
    )
    return {
        "question": question,
        "expected": expected_answer_date(timezone.localdate(question.created_at)),
        "publication_consent": question.consent(Consent.Purpose.PUBLICATION),
        "ethnicity_consent": question.consent(Consent.Purpose.ETHNICITY),
        "request_deadline": add_working_days(
            timezone.localdate(question.request_at), REQUEST_WORKING_DAYS
        )
        if question.request_at
        else None,
        "public_page": _public_page(question),
    }


def _public_page(question):
    from . import publication

    return publication.public_url(question)


def _find(request, form):
    """The question whose code the form holds, or None (counted as a wrong code)."""
    if form.is_valid():
        question = Question.objects.filter(tracking_code=form.cleaned_data["code"]).first()
        if question is not None:
            return question
        form.add_error("code", _("No question has this code. Check it and try again."))
    limits.record_wrong_code(request)
    return None


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def lookup(request):
    """The code travels in a POST body, never in an address (which logs and histories keep)."""
    if request.method == "POST":
        if not limits.lookup_allowed(request):
            return render(request, "qa/rate_limited.html", {"what": "lookup"}, status=429)
        form = LookupForm(request.POST)
        question = _find(request, form)
        if question is not None:
            return render(request, "qa/lookup_result.html", _lookup_context(question))
    else:
        form = LookupForm()
    return render(request, "qa/lookup.html", {"form": form})


# The asker's requests, with the name each has in the queue's log.
REQUESTS = {
    "withdraw_publication": "asker:rut-cong-bo",
    "withdraw_ethnicity": "asker:rut-dan-toc",
    "erase": "asker:xoa",
}


@never_cache
@require_POST
def asker_request(request):
    """The asker, holding the code, withdraws a consent or asks for erasure."""
    if not limits.lookup_allowed(request):
        return render(request, "qa/rate_limited.html", {"what": "lookup"}, status=429)
    form = LookupForm(request.POST)
    question = _find(request, form)
    if question is None:
        return render(request, "qa/lookup.html", {"form": form})
    action = request.POST.get("action", "")
    if action not in REQUESTS:
        return render(request, "400.html", status=400)
    now = timezone.now()
    done = ""
    with transaction.atomic():
        question = Question.objects.select_for_update().get(pk=question.pk)
        if action == "withdraw_publication":
            Consent.objects.filter(
                question=question, purpose=Consent.Purpose.PUBLICATION, withdrawn_at=None
            ).update(withdrawn_at=now)
            if question.state == State.PUBLISHED:
                # Staff take the public answer down (within the legal deadline).
                question.request_at, question.request_done_at = now, None
            done = _("You withdrew your consent to publication.")
        elif action == "withdraw_ethnicity":
            Consent.objects.filter(
                question=question, purpose=Consent.Purpose.ETHNICITY, withdrawn_at=None
            ).update(withdrawn_at=now)
            question.ethnic_group = None
            done = _("You withdrew your consent: your ethnic group has been deleted.")
        elif action == "erase" and not question.erased_at:
            Consent.objects.filter(question=question, withdrawn_at=None).update(withdrawn_at=now)
            question.erasure_requested = True
            question.request_at, question.request_done_at = now, None
            done = _("We have received your request to erase your personal data.")
        question.save()
        QuestionEvent.objects.create(
            question=question,
            at=now,
            action=REQUESTS[action],
            from_state=question.state,
            to_state=question.state,
        )
    context = _lookup_context(question)
    context["done"] = done
    return render(request, "qa/lookup_result.html", context)


@require_safe
def privacy(request):
    return render(
        request,
        "qa/privacy.html",
        {
            "notice_version": NOTICE_VERSION,
            "retention_days": settings.QA_RETENTION_DAYS,
            "request_days": REQUEST_WORKING_DAYS,
        },
    )
