"""The quality bars of the benefit pages: query counts that do not grow with what is listed,
and HTML plus CSS under 50 KB."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from policies.models import Benefit, BenefitAmount, LegalBasis
from ubdt_portal.reference.models import CommuneRegion, EthnicGroup, Province, Topic

pytestmark = pytest.mark.django_db


def bulk(count, document):
    """`count` published benefits for the Mông in Lào Cai, region III, each with two amounts,
    three topics and a legal basis — created in bulk, as the pages would meet them."""
    start = Benefit.objects.count()
    now = timezone.now()
    benefits = [
        Benefit(
            title_vi=f"Chế độ số lượng {n}",
            who_in_one_line_vi="Hộ nghèo",
            summary_vi="Tóm tắt.",
            slug=f"che-do-so-luong-{n}",
            status="published",
            publish_at=now,
            featured=True,
        )
        for n in range(start, start + count)
    ]
    for benefit in benefits:
        benefit.compute_search_fields()  # what save() does, skipped by bulk_create
    Benefit.objects.bulk_create(benefits)
    BenefitAmount.objects.bulk_create(
        [BenefitAmount(benefit=b, amount_vi=f"{n} triệu đồng") for b in benefits for n in (1, 2)]
    )
    LegalBasis.objects.bulk_create(
        [LegalBasis(benefit=b, document=document, articles="Điều 1") for b in benefits]
    )
    topics = list(Topic.objects.filter(slug__in=["y-te-dan-so", "giao-duc-dao-tao", "ha-tang"]))
    targets = [
        (Benefit.topics, "topic", topics),
        (Benefit.ethnic_groups, "ethnicgroup", [EthnicGroup.objects.get(slug="mong")]),
        (Benefit.provinces, "province", [Province.objects.get(slug="lao-cai")]),
        (Benefit.regions, "communeregion", [CommuneRegion.objects.get(code="III")]),
    ]
    for relation, name, objects in targets:
        through = relation.through
        through.objects.bulk_create(
            [through(benefit=b, **{name: o}) for b in benefits for o in objects]
        )


def queries(client, url):
    client.get(url)  # warm caches (site settings) the way a running server has them
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def listed_count(client, url):
    return client.get(url).content.decode().count("Chế độ số lượng")


PAGES = [
    "/chinh-sach/?page=1",
    "/chinh-sach/?q=che+do&topic=y-te-dan-so&region=III",
    "/dan-toc/mong/",
    "/chinh-sach/danh-cho-toi/?group=mong&province=lao-cai&region=III",
    "/chinh-sach/danh-cho-toi/?group=mong&province=lao-cai&ended=on",
    "/",
]


@pytest.mark.parametrize("url", PAGES)
def test_query_count_does_not_grow_with_the_number_of_benefits(
    client, make_document, url, settings
):
    settings.DEBUG = False
    document = make_document()
    bulk(10, document)
    few = queries(client, url)
    shown_few = listed_count(client, url)
    bulk(90, document)
    many = queries(client, url)
    assert few == many
    # The page really lists the benefits (so a query per item would have shown).
    assert shown_few >= 4 and listed_count(client, url) >= shown_few
    assert many <= 16


def test_detail_query_count_does_not_grow_with_amounts_basis_or_targeting(
    client, housing_benefit, make_document
):
    few = queries(client, housing_benefit.get_absolute_url())
    for n in range(10):
        BenefitAmount.objects.create(benefit=housing_benefit, amount_vi=f"{n} kg gạo")
        LegalBasis.objects.create(
            benefit=housing_benefit, document=make_document(), articles="Điều 3, Điều 4"
        )
    housing_benefit.provinces.add(*Province.objects.all()[:10])
    housing_benefit.ethnic_groups.add(*EthnicGroup.objects.all()[:10])
    assert queries(client, housing_benefit.get_absolute_url()) == few
    assert few <= 16


def test_commune_finder_query_count_does_not_grow_with_the_communes(client, make_document):
    from ubdt_portal.reference.models import Commune

    lao_cai = Province.objects.get(slug="lao-cai")
    url = "/chinh-sach/danh-cho-toi/?province=lao-cai"
    Commune.objects.create(code="99801", name="Xã A", slug="xa-a-b8", kind="xa", province=lao_cai)
    few = queries(client, url)
    Commune.objects.bulk_create(
        [
            Commune(
                code=f"998{n:02d}", name=f"Xã {n}", slug=f"xa-{n}-b8", kind="xa", province=lao_cai
            )
            for n in range(2, 60)
        ]
    )
    assert queries(client, url) == few


def test_text_pages_with_their_css_stay_under_50_kb(client, make_document, housing_benefit):
    from django.conf import settings

    bulk(30, make_document())
    css = len((settings.BASE_DIR / "static" / "css" / "portal.css").read_bytes())
    for url in [
        "/chinh-sach/",
        housing_benefit.get_absolute_url(),
        "/chinh-sach/danh-cho-toi/?group=mong&province=lao-cai",
        "/en/chinh-sach/danh-cho-toi/?group=mong&province=lao-cai",
    ]:
        assert len(client.get(url).content) + css < 50_000, url
