"""Time the public pages in-process and print figures: median and 95th-percentile time, SQL
queries and bytes per page. Run against a database with realistic volume, e.g. after
`manage.py generate_policies 2000`."""

import statistics
import time

from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings


class Command(BaseCommand):
    help = "Print timing, query and size figures for the main public pages."

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=20, help="requests per page")

    def handle(self, requests, **options):
        from policies.models import Policy

        policy = Policy.objects.published().order_by("pk").first()
        pages = [
            "/",
            "/chinh-sach/",
            "/chinh-sach/?q=ho+tro+nha+o",
            "/chinh-sach/?q=1719/QĐ-TTg",
            "/chinh-sach/?topic=giao-duc-dao-tao&group=mong&page=2",
            "/chinh-sach/danh-cho-toi/?group=mong&province=lao-cai&region=III",
            "/dan-toc/mong/",
            "/tim-kiem/?q=hoc+sinh",
        ]
        if policy:
            pages.append(policy.get_absolute_url())
        client = Client()
        self.stdout.write(
            f"{Policy.objects.published().count()} published policies, {requests} requests/page"
        )
        self.stdout.write(f"{'page':<62} {'median':>8} {'p95':>8} {'queries':>8} {'bytes':>8}")
        with override_settings(ALLOWED_HOSTS=["testserver"]):
            for url in pages:
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
