"""Make a synthetic region list that classifies every commune (3,321), for scale work: the
commune pages and the finder measured with a classification for each commune. It is a sample
list ("[Thử nghiệm]", is_sample), so every page that shows it labels it as sample data; the
communes themselves are the real ones, loaded by migration."""

import random
from datetime import date

from django.core.management.base import BaseCommand
from django.db import transaction

from ubdt_portal.reference import region_import
from ubdt_portal.reference.models import Commune

DECISION = "[Thử nghiệm] phân định khu vực"
# Older than any real list, so that a real one imported beside it is what pages show.
DATE = date(2020, 1, 1)
TITLE = "[Thử nghiệm] Danh sách tạo tự động để đo tốc độ — không phải danh sách chính thức"


class Command(BaseCommand):
    help = "Classify every commune in one synthetic sample region list (replaced when re-run)."

    def add_arguments(self, parser):
        parser.add_argument("--villages", type=int, default=5, help="villages per commune")
        parser.add_argument("--seed", type=int, default=1)

    @transaction.atomic
    def handle(self, villages, seed, **options):
        rng = random.Random(seed)
        lines = ["ma_xa,khu_vuc,thon_dbkk,quyet_dinh"]
        for code in Commune.objects.order_by("code").values_list("code", flat=True):
            region = rng.choice(["I", "II", "III", "III", ""])
            names = ";".join(f"Thôn thử nghiệm {n}" for n in range(1, villages + 1))
            lines.append(f"{code},{region},{names},{DECISION}")
        parsed = region_import.parse(("\n".join(lines) + "\n").encode())
        if parsed.errors:
            raise RuntimeError(parsed.errors[:5])
        region_list, replaced = region_import.save(
            parsed, decision_date=DATE, title=TITLE, is_sample=True
        )
        self.stdout.write(
            f"{'Replaced' if replaced else 'Created'} {region_list}: {len(parsed.rows)} communes."
        )
