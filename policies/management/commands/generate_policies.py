"""Make N synthetic, published policies for scale work (benchmarks, query-count checks)."""

import random
from datetime import date, timedelta

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import timezone

from documents.legal import DocumentType
from policies.models import Policy
from ubdt_portal.publishing.models import Status
from ubdt_portal.reference.models import CommuneRegion, EthnicGroup, Province, Topic
from ubdt_portal.vietnamese import slugify

SUBJECTS = [
    "hỗ trợ nhà ở",
    "hỗ trợ đất sản xuất",
    "nước sinh hoạt phân tán",
    "học bổng cho học sinh bán trú",
    "bảo hiểm y tế",
    "vay vốn ưu đãi",
    "đào tạo nghề",
    "bảo tồn văn hóa truyền thống",
    "giao thông nông thôn",
    "chuyển đổi số",
]


class Command(BaseCommand):
    help = "Create N synthetic published policies (titles start with “[Thử nghiệm]”)."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=1)

    @transaction.atomic
    def handle(self, count, seed, **options):
        rng = random.Random(seed)
        groups = list(EthnicGroup.objects.filter(is_minority=True))
        provinces = list(Province.objects.all())
        topics = list(Topic.objects.all())
        regions = list(CommuneRegion.objects.all())
        start = Policy.objects.filter(title__startswith="[Thử nghiệm]").count()
        now = timezone.now()
        policies = []
        for n in range(start + 1, start + count + 1):
            subject = rng.choice(SUBJECTS)
            title = f"[Thử nghiệm] Quyết định số {n} về {subject}"
            number = f"{n}/QĐ-TN"
            summary = f"Văn bản thử nghiệm số {n} về {subject} cho đồng bào dân tộc thiểu số."
            policy = Policy(
                title=title,
                title_vi=title,
                slug=slugify(title),
                summary=summary,
                summary_vi=summary,
                document_number=number,
                document_type=rng.choice(DocumentType.values),
                issuing_agency="Cơ quan thử nghiệm",
                issuing_agency_vi="Cơ quan thử nghiệm",
                signed_date=date(2015, 1, 1) + timedelta(days=rng.randrange(4000)),
                status=Status.PUBLISHED,
                publish_at=now,
            )
            policy.compute_search_fields()
            policies.append(policy)
        created = Policy.objects.bulk_create(policies, batch_size=500)
        for policy in created:
            policy.topics.set(rng.sample(topics, 2))
            if rng.random() < 0.5:
                policy.ethnic_groups.set(rng.sample(groups, 3))
            if rng.random() < 0.3:
                policy.provinces.set(rng.sample(provinces, 2))
            if rng.random() < 0.3:
                policy.regions.set([rng.choice(regions)])
        with connection.cursor() as cursor:
            # Fresh planner statistics after a bulk load, as autovacuum would give later.
            cursor.execute("ANALYZE policies_policy")
        self.stdout.write(f"Created {len(created)} synthetic policies.")
