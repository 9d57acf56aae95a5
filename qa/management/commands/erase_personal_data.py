from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from qa.models import Question
from qa.models.questions import CLOSED_STATES


class Command(BaseCommand):
    help = (
        "Erase the askers' personal data of questions closed more than QA_RETENTION_DAYS ago, "
        "and of every question whose asker asked for erasure (run it daily from cron). Notes "
        "and e-mails that repeat the data go too; questions keep no revision history."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be erased."
        )

    def handle(self, *args, dry_run=False, **options):
        cutoff = timezone.now() - timedelta(days=settings.QA_RETENTION_DAYS)
        due = Question.objects.filter(erased_at__isnull=True).filter(
            Q(state__in=CLOSED_STATES, closed_at__lt=cutoff) | Q(erasure_requested=True)
        )
        if dry_run:
            self.stdout.write(f"{due.count()} questions would be erased")
            return
        erased = 0
        for question in due.iterator():
            question.erase()
            erased += 1
        self.stdout.write(f"erased the personal data of {erased} questions")
