"""Make N synthetic, published benefits for scale work (benchmarks, query-count checks), each
with amounts, targeting and, when there are published documents, a legal basis."""

from django.utils import timezone

from documents.models import LegalDocument
from policies.models import Benefit, BenefitAmount, LegalBasis
from ubdt_portal.demo.generation import GenerateCommand
from ubdt_portal.publishing.models import Status
from ubdt_portal.reference.models import (
    CommuneRegion,
    EthnicGroup,
    LifeSituation,
    Province,
    Topic,
)
from ubdt_portal.vietnamese import slugify

SUBJECTS = [
    "tiền làm nhà ở",
    "đất sản xuất",
    "nước sinh hoạt",
    "tiền ăn cho học sinh bán trú",
    "thẻ bảo hiểm y tế",
    "vay vốn ưu đãi",
    "học nghề miễn phí",
    "giống cây trồng",
    "chuyển đổi nghề",
    "điện sinh hoạt",
]
PREFIX = "[Thử nghiệm]"
RELATIONS = (
    Benefit.topics,
    Benefit.ethnic_groups,
    Benefit.provinces,
    Benefit.regions,
    Benefit.life_situations,
)


class Command(GenerateCommand):
    noun = "synthetic benefits"

    def filled_models(self):
        return [Benefit, BenefitAmount, LegalBasis, *(r.through for r in RELATIONS)]

    def create(self, count, rng, **options):
        groups = list(EthnicGroup.objects.filter(is_minority=True))
        provinces = list(Province.objects.all())
        topics = list(Topic.objects.all())
        regions = list(CommuneRegion.objects.all())
        situations = list(LifeSituation.objects.all())
        documents = list(LegalDocument.objects.published().values_list("pk", flat=True)[:5000])
        start = Benefit.objects.filter(title__startswith=PREFIX).count()
        now = timezone.now()
        benefits = []
        for n in range(start + 1, start + count + 1):
            subject = rng.choice(SUBJECTS)
            title = f"{PREFIX} Hỗ trợ {subject} số {n}"
            who = f"Hộ đồng bào dân tộc thiểu số thử nghiệm nhóm {n % 17}"
            summary = f"Chế độ thử nghiệm số {n}: {subject} cho đồng bào dân tộc thiểu số."
            benefit = Benefit(
                title=title,
                title_vi=title,
                slug=slugify(title),
                who_in_one_line=who,
                who_in_one_line_vi=who,
                summary=summary,
                summary_vi=summary,
                steps_vi="Nộp đơn tại Ủy ban nhân dân xã\nChờ xã xét duyệt",
                status=Status.PUBLISHED,
                publish_at=now,
            )
            benefit.compute_search_fields()
            benefits.append(benefit)
        created = Benefit.objects.bulk_create(benefits, batch_size=500)
        BenefitAmount.objects.bulk_create(
            [
                BenefitAmount(
                    benefit=benefit,
                    amount=f"{n} triệu đồng (thử nghiệm)",
                    amount_vi=f"{n} triệu đồng (thử nghiệm)",
                    period="một lần",
                    period_vi="một lần",
                )
                for benefit in created
                for n in [rng.randrange(1, 60)]
            ],
            batch_size=1000,
        )
        if documents:
            LegalBasis.objects.bulk_create(
                [
                    LegalBasis(benefit=b, document_id=rng.choice(documents), articles="Điều 1")
                    for b in created
                ],
                batch_size=1000,
            )
        links = {relation: [] for relation in RELATIONS}
        for benefit in created:
            links[Benefit.topics] += [(benefit, t) for t in rng.sample(topics, 2)]
            if rng.random() < 0.5:
                links[Benefit.ethnic_groups] += [(benefit, g) for g in rng.sample(groups, 3)]
            if rng.random() < 0.3:
                links[Benefit.provinces] += [(benefit, p) for p in rng.sample(provinces, 2)]
            if rng.random() < 0.3:
                links[Benefit.regions].append((benefit, rng.choice(regions)))
            if situations and rng.random() < 0.5:
                links[Benefit.life_situations].append((benefit, rng.choice(situations)))
        for relation, pairs in links.items():
            through = relation.through
            column = relation.field.m2m_reverse_field_name()
            through.objects.bulk_create(
                [through(benefit=b, **{column: o}) for b, o in pairs], batch_size=2000
            )
        # Bulk-created with their legal basis, without signals: derive whether each applies now.
        Benefit.objects.filter(pk__in=[b.pk for b in created]).refresh_applies_now()
        return len(created)
