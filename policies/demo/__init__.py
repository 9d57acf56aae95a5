"""Demo policies: real ethnic-policy documents (policies.json) with plain-language summaries.

Idempotent: each document is found by its number and brought back to the data in the file.
"""

import json
import re
from datetime import date
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django.utils.html import escape

from policies.models import Policy
from ubdt_portal.publishing.models import Status
from ubdt_portal.reference.models import CommuneRegion, EthnicGroup, Province, Topic

from .benefits import seed as seed_benefits

DATA = Path(__file__).with_name("policies.json")
TRANSLATED = ("title", "summary", "beneficiaries", "conditions", "benefits", "how_to_apply")
ARTICLE = re.compile(r"^(Điều|Chương|Mục)\s+\w+")
AGENCIES_EN = {
    "Quốc hội": "National Assembly",
    "Chính phủ": "Government",
    "Thủ tướng Chính phủ": "Prime Minister",
    "Ủy ban Dân tộc": "Committee for Ethnic Minority Affairs",
    "Bộ Dân tộc và Tôn giáo": "Ministry of Ethnic and Religious Affairs",
    "Bộ Nông nghiệp và Môi trường": "Ministry of Agriculture and Environment",
    "Bộ Tài chính": "Ministry of Finance",
    "Bộ Giáo dục và Đào tạo": "Ministry of Education and Training",
}


def paragraphs_to_html(text):
    """Plain paragraphs (blank-line separated) as HTML; article headings become h3."""
    blocks = []
    for block in (b.strip() for b in text.split("\n\n")):
        if not block:
            continue
        tag = "h3" if ARTICLE.match(block) and len(block) < 200 else "p"
        blocks.append(f"<{tag}>{escape(block).replace(chr(10), '<br>')}</{tag}>")
    return "\n".join(blocks)


def parse_date(value):
    return date.fromisoformat(value) if value else None


def seed(command):
    entries = json.loads(DATA.read_text(encoding="utf-8"))
    groups = {g.name: g for g in EthnicGroup.objects.all()}
    provinces = {p.name: p for p in Province.objects.all()}
    topics = {t.slug: t for t in Topic.objects.all()}
    regions = {r.code: r for r in CommuneRegion.objects.all()}
    by_number = {}
    for entry in entries:
        policy = Policy.objects.filter(document_number=entry["document_number"]).first() or Policy(
            document_number=entry["document_number"],
            status=Status.PUBLISHED,
            publish_at=timezone.now(),
        )
        values = {
            f"{field}_{language}": text
            for field in TRANSLATED
            for language, text in entry.get(field, {}).items()
        }
        values.update(
            {
                f"full_text_{language}": paragraphs_to_html(text)
                for language, text in entry.get("full_text", {}).items()
            }
        )
        values.update(
            document_type=entry["document_type"],
            issuing_agency_vi=entry["issuing_agency"],
            issuing_agency_en=AGENCIES_EN.get(entry["issuing_agency"], ""),
            signer=entry["signer"],
            signed_date=parse_date(entry["signed_date"]),
            effective_date=parse_date(entry["effective_date"]),
            expiry_date=parse_date(entry["expiry_date"]),
            legal_status_override=entry["legal_status_override"] or "",
            featured=entry.get("featured", False),
            demo_translations=" ".join(
                sorted(set(entry["title"]) - set(settings.INTERFACE_LANGUAGES))
            ),
        )
        # Save only what differs: a second run adds no revision and keeps editors' work.
        if policy.pk is None or any(getattr(policy, k) != v for k, v in values.items()):
            for field, value in values.items():
                setattr(policy, field, value)
            policy.save()
        policy.ethnic_groups.set([groups[name] for name in entry["ethnic_groups"]])
        policy.provinces.set([provinces[name] for name in entry["provinces"]])
        policy.topics.set([topics[slug] for slug in entry["topics"]])
        policy.regions.set([regions[code] for code in entry["regions"]])
        by_number[policy.document_number] = policy
    for entry in entries:
        policy = by_number[entry["document_number"]]
        policy.replaces.set([by_number[n] for n in entry["replaces"]])
        policy.amends.set([by_number[n] for n in entry["amends"]])
        listed = set(entry["replaces"]) | set(entry["amends"])
        policy.related.set([by_number[n] for n in entry["related"] if n not in listed])
    command.stdout.write(f"Demo policies: {len(by_number)} real documents.")
    seed_benefits(command)


def benchmark_pages():
    """The policy pages `manage.py benchmark` times: the library with a search, a document
    number and filters, the finder, and one policy."""
    pages = [
        "/chinh-sach/",
        "/chinh-sach/?q=ho+tro+nha+o",
        "/chinh-sach/?q=1719/QĐ-TTg",
        "/chinh-sach/?topic=giao-duc-dao-tao&group=mong&page=2",
        "/chinh-sach/danh-cho-toi/?group=mong&province=lao-cai&region=III",
    ]
    policy = Policy.objects.published().order_by("pk").first()
    if policy:
        pages.append(policy.get_absolute_url())
    return pages
