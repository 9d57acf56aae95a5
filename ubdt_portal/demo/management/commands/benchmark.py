"""Time the public pages in-process and print figures: median and 95th-percentile time, SQL
queries and bytes per page. Run against a database with realistic volume, e.g. after
`manage.py generate_policies 2000`.

The pages are the home page and those each app names in its `demo.py`, as
`benchmark_pages()` returning paths to time."""

import statistics
import time

from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse

from ubdt_portal.app_modules import app_modules
from ubdt_portal.publishing.models import publishable_models


def pages_to_time():
    pages = [reverse("home")]
    for module in app_modules("demo"):
        if hasattr(module, "benchmark_pages"):
            pages.extend(module.benchmark_pages())
    return pages


def published_counts():
    """ "2000 policies, 12 news articles" — how much content the figures were measured on."""
    return ", ".join(
        f"{model.objects.published().count()} {model._meta.verbose_name_plural}"
        for model in publishable_models()
    )


class Command(BaseCommand):
    help = "Print timing, query and size figures for the main public pages."

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=20, help="requests per page")

    def handle(self, requests, **options):
        client = Client()
        self.stdout.write(f"Published: {published_counts()}; {requests} requests/page")
        self.stdout.write(f"{'page':<62} {'median':>8} {'p95':>8} {'queries':>8} {'bytes':>8}")
        with override_settings(ALLOWED_HOSTS=["testserver"]):
            for url in pages_to_time():
                client.get(url)  # warm-up
                timings = []
                for _ in range(requests):
                    start = time.perf_counter()
                    with CaptureQueriesContext(connection) as queries:
                        response = client.get(url)
                    timings.append((time.perf_counter() - start) * 1000)
                timings.sort()
                p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
                self.stdout.write(
                    f"{url[:62]:<62} {statistics.median(timings):7.1f}ms {p95:7.1f}ms "
                    f"{len(queries):>8} {len(response.content):>8}"
                )
