"""Run daily from cron, just after midnight: dates passing change documents' in-force statuses
and whether benefits apply now (policies/statuses.py)."""

from django.core.management.base import BaseCommand

from policies.statuses import refresh_statuses


class Command(BaseCommand):
    help = "Derive again the stored in-force status of documents and whether benefits apply now."

    def handle(self, **options):
        documents, benefits = refresh_statuses()
        self.stdout.write(f"{documents} documents and {benefits} benefits changed status.")
