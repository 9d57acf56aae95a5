"""E-mails to the asker. They are written in the same transaction as the change they report
and sent only after it commits; a send that fails neither loses nor rolls back anything: the
e-mail stays unsent and `manage.py send_question_emails` tries it again."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from ubdt_portal.reference.models import SiteSettings

from .models import OutgoingEmail

logger = logging.getLogger(__name__)

SUBJECTS = {
    OutgoingEmail.Kind.RECEIVED: gettext_noop("We have received your question (code %(code)s)"),
    OutgoingEmail.Kind.ANSWERED: gettext_noop("Your question %(code)s has been answered"),
    OutgoingEmail.Kind.REJECTED: gettext_noop("Your question %(code)s could not be answered"),
}


def notify(question, kind):
    """Queue the e-mail `kind` for the asker of `question` (nothing without an e-mail) and
    send it once the current transaction commits."""
    if not question.email:
        return None
    with translation.override("vi"):
        context = {
            "question": question,
            "site_settings": SiteSettings.load(),
            "lookup_url": settings.SITE_URL.rstrip("/") + reverse("qa:lookup"),
        }
        email = OutgoingEmail.objects.create(
            question=question,
            kind=kind,
            recipient=question.email,
            subject=_(SUBJECTS[kind]) % {"code": question.display_code},
            body=render_to_string(f"qa/email/{kind}.txt", context),
        )
    transaction.on_commit(lambda: send(email.pk))
    return email


def send(pk):
    """Try to send one queued e-mail; True when sent. Never raises."""
    with transaction.atomic():
        email = (
            OutgoingEmail.objects.select_for_update(skip_locked=True)
            .filter(pk=pk, sent_at__isnull=True)
            .first()
        )
        if email is None:
            return False
        email.attempts += 1
        try:
            send_mail(
                email.subject,
                email.body,
                settings.DEFAULT_FROM_EMAIL,
                [email.recipient],
                fail_silently=False,
            )
        except Exception as error:  # the mail server's trouble is never the asker's
            email.last_error = f"{type(error).__name__}: {error}"[:300]
            email.save(update_fields=["attempts", "last_error"])
            logger.warning("Q&A e-mail %s not sent: %s", email.pk, email.last_error)
            return False
        email.sent_at = timezone.now()
        email.last_error = ""
        email.save(update_fields=["attempts", "last_error", "sent_at"])
        return True


def send_pending(max_attempts=None):
    """Send every unsent e-mail that has not used up its attempts; (sent, failed)."""
    max_attempts = max_attempts or settings.QA_EMAIL_MAX_ATTEMPTS
    sent = failed = 0
    pending = OutgoingEmail.objects.filter(sent_at__isnull=True, attempts__lt=max_attempts)
    for pk in pending.values_list("pk", flat=True):
        if send(pk):
            sent += 1
        else:
            failed += 1
    return sent, failed
