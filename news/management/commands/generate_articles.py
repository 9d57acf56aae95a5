"""Make N synthetic, published articles for scale work (benchmarks, query-count checks)."""

from datetime import timedelta

from django.utils import timezone

from news.models import Article, Category
from ubdt_portal.demo.generation import GenerateCommand
from ubdt_portal.publishing.models import Status
from ubdt_portal.reference.models import EthnicGroup, Province
from ubdt_portal.vietnamese import slugify

SUBJECTS = [
    "hỗ trợ nhà ở",
    "nước sinh hoạt",
    "học sinh bán trú",
    "bảo hiểm y tế",
    "phòng chống lũ quét",
    "giữ rừng đầu nguồn",
    "chuyển đổi số ở xã",
    "người có uy tín",
]


class Command(GenerateCommand):
    noun = "synthetic articles"

    def filled_models(self):
        return [Article, Article.ethnic_groups.through, Article.provinces.through]

    def create(self, count, rng, **options):
        categories = list(Category.objects.all())
        groups = list(EthnicGroup.objects.filter(is_minority=True))
        provinces = list(Province.objects.all())
        start = Article.objects.filter(title__startswith="[Thử nghiệm]").count()
        now = timezone.now()
        articles = []
        for n in range(start + 1, start + count + 1):
            subject = rng.choice(SUBJECTS)
            title = f"[Thử nghiệm] Tin số {n} về {subject}"
            lead = f"Tin thử nghiệm số {n} về {subject}, tạo ra để đo tốc độ của cổng."
            body = f"<p>{lead}</p><p>Nội dung thử nghiệm, không phải tin thật.</p>"
            article = Article(
                title=title,
                title_vi=title,
                slug=slugify(title),
                lead=lead,
                lead_vi=lead,
                body=body,
                body_vi=body,
                category=rng.choice(categories),
                is_sample=True,
                status=Status.PUBLISHED,
                publish_at=now - timedelta(minutes=n),
            )
            article.compute_search_fields()
            articles.append(article)
        created = Article.objects.bulk_create(articles, batch_size=500)
        for article in created:
            if rng.random() < 0.4:
                article.ethnic_groups.set(rng.sample(groups, 2))
            if rng.random() < 0.3:
                article.provinces.set(rng.sample(provinces, 2))
        return len(created)
