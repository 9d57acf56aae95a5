from django.core.management.base import BaseCommand

from qa.notifications import send_pending


class Command(BaseCommand):
    help = "Send the e-mails to askers that could not be sent yet (run it from cron)."

    def handle(self, *args, **options):
        sent, failed = send_pending()
        self.stdout.write(f"sent {sent}, failed {failed}")
