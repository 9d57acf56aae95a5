"""Make N synthetic, published legal documents for scale work (benchmarks, query plans): with
topics, some replaced or amended by a later one and a status history for those, as a real
library has them."""

from datetime import date, timedelta

from django.utils import timezone

from documents.legal import DocumentType, LegalStatus
from documents.models import LegalDocument, StatusChange
from ubdt_portal.demo.generation import GenerateCommand
from ubdt_portal.publishing.models import Status
from ubdt_portal.reference.models import Topic
from ubdt_portal.vietnamese import slugify

PREFIX = "[Thử nghiệm]"
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
ISSUERS = ["Chính phủ", "Thủ tướng Chính phủ", "Bộ Dân tộc và Tôn giáo", "Cơ quan thử nghiệm"]


class Command(GenerateCommand):
    noun = "synthetic legal documents"

    def filled_models(self):
        return [
            LegalDocument,
            LegalDocument.topics.through,
            LegalDocument.replaces.through,
            LegalDocument.amends.through,
            StatusChange,
        ]

    def create(self, count, rng, **options):
        topics = list(Topic.objects.all())
        start = LegalDocument.objects.filter(title__startswith=PREFIX).count()
        now = timezone.now()
        documents = []
        for n in range(start + 1, start + count + 1):
            subject = rng.choice(SUBJECTS)
            title = f"{PREFIX} Văn bản số {n} về {subject}"
            summary = f"Văn bản thử nghiệm số {n} về {subject} cho đồng bào dân tộc thiểu số."
            signed = date(2010, 1, 1) + timedelta(days=rng.randrange(5800))
            issuer = rng.choice(ISSUERS)
            document = LegalDocument(
                title=title,
                title_vi=title,
                slug=slugify(title),
                summary=summary,
                summary_vi=summary,
                full_text_vi=f"<h3>Điều 1. Phạm vi</h3><p>Nội dung thử nghiệm số {n}.</p>",
                document_number=f"{n}/TN",
                document_type=rng.choice(DocumentType.values),
                issuing_agency=issuer,
                issuing_agency_vi=issuer,
                signed_date=signed,
                effective_date=signed + timedelta(days=45),
                status=Status.PUBLISHED,
                publish_at=now,
            )
            document.compute_search_fields()
            documents.append(document)
        created = LegalDocument.objects.bulk_create(documents, batch_size=500)
        through = LegalDocument.topics.through
        through.objects.bulk_create(
            [
                through(legaldocument=d, topic=t)
                for d in created
                for t in rng.sample(topics, min(2, len(topics)))
            ],
            batch_size=2000,
        )
        # A later document replaces about one in ten and amends another one in ten.
        by_date = sorted(created, key=lambda d: d.signed_date)
        replaces, amends, history = [], [], []
        for index, old in enumerate(by_date[:-1]):
            roll = rng.random()
            if roll > 0.2:
                continue
            new = by_date[rng.randrange(index + 1, len(by_date))]
            relation, rows, status = (
                (LegalDocument.replaces, replaces, LegalStatus.EXPIRED)
                if roll < 0.1
                else (LegalDocument.amends, amends, LegalStatus.PARTLY_EXPIRED)
            )
            rows.append(relation.through(from_legaldocument=new, to_legaldocument=old))
            history.append(
                StatusChange(document=old, date=old.effective_date, status="con-hieu-luc")
            )
            history.append(
                StatusChange(document=old, date=new.effective_date, status=status, caused_by=new)
            )
        LegalDocument.replaces.through.objects.bulk_create(replaces, batch_size=2000)
        LegalDocument.amends.through.objects.bulk_create(amends, batch_size=2000)
        StatusChange.objects.bulk_create(history, batch_size=2000)
        # Bulk-created, without signals: derive their in-force status (replaced, amended…).
        LegalDocument.objects.filter(pk__in=[d.pk for d in created]).refresh_legal_status()
        return len(created)
