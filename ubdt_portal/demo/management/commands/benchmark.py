"""Time the public pages in-process and print figures: median and 95th-percentile time, SQL
queries and bytes per page. Run against a database with realistic volume, e.g. after
`manage.py generate_policies 2000`.

The pages are the home page and those each app names in its `demo.py`, as
`benchmark_pages()` returning paths to time. Under each page: the plan PostgreSQL chose for the
page's slowest query, with a warning when it reads a whole table of content sequentially."""

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


def slowest_query_plan(queries):
    """EXPLAIN of the slowest of the captured `queries` (their SQL as Django logged it)."""
    slowest = max(queries, key=lambda query: float(query["time"]), default=None)
    if slowest is None or not slowest["sql"].lstrip().upper().startswith("SELECT"):
        return None, []
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + slowest["sql"])
        return slowest, [row[0] for row in cursor.fetchall()]


def content_tables():
    return {model._meta.db_table for model in publishable_models()}


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
                slowest = []
                for _ in range(requests):
                    start = time.perf_counter()
                    with CaptureQueriesContext(connection) as queries:
                        response = client.get(url)
                    timings.append((time.perf_counter() - start) * 1000)
                    slowest.extend(queries.captured_queries)
                timings.sort()
                p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
                self.stdout.write(
                    f"{url[:62]:<62} {statistics.median(timings):7.1f}ms {p95:7.1f}ms "
                    f"{len(queries):>8} {len(response.content):>8}"
                )
                self.print_plan(slowest)

    def print_plan(self, queries):
        query, plan = slowest_query_plan(queries)
        if query is None:
            return
        tables = content_tables()
        scans = [
            table
            for line in plan
            if "Seq Scan on " in line
            for table in [line.split("Seq Scan on ", 1)[1].split()[0]]
            if table in tables
        ]
        warning = f" — SEQUENTIAL SCAN of {', '.join(sorted(set(scans)))}" if scans else ""
        self.stdout.write(f"    slowest query {float(query['time']) * 1000:.1f}ms{warning}")
        for line in plan:
            self.stdout.write(f"      {line}")
