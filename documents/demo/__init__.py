"""Demo legal documents: the real documents of ethnic policy (documents.json), corrected and
completed from the checked facts of 2026, with plain-language abstracts and the status history
that follows from their relations and dates.

Idempotent: each document is found by its number and brought back to the data in the file.
"""

import json
import re
from datetime import date
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django.utils.html import escape

from documents.models import LegalDocument, StatusChange
from ubdt_portal.publishing.models import Status
from ubdt_portal.reference.models import Topic

DATA = Path(__file__).with_name("documents.json")
TRANSLATED = ("title", "summary")
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


def entries():
    return json.loads(DATA.read_text(encoding="utf-8"))


def seed(command):
    data = entries()
    topics = {t.slug: t for t in Topic.objects.all()}
    by_number = {}
    for entry in data:
        number = entry["document_number"]
        document = LegalDocument.objects.filter(document_number=number).first() or LegalDocument(
            document_number=number, status=Status.PUBLISHED, publish_at=timezone.now()
        )
        values = {
            f"{field}_{language}": text
            for field in TRANSLATED
            for language, text in entry[field].items()
        }
        values.update(
            {
                f"full_text_{language}": paragraphs_to_html(text)
                for language, text in entry["full_text"].items()
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
            demo_translations=" ".join(
                sorted(set(entry["title"]) - set(settings.INTERFACE_LANGUAGES))
            ),
        )
        # Save only what differs: a second run adds no revision and keeps editors' work.
        if document.pk is None or any(getattr(document, k) != v for k, v in values.items()):
            for field, value in values.items():
                setattr(document, field, value)
            document.save()
        document.topics.set([topics[slug] for slug in entry["topics"]])
        by_number[number] = document
    # "related" is symmetrical: a document is related to what it lists and to what lists it,
    # so each set() agrees with the others and a second run changes (and records) nothing.
    related = {number: set() for number in by_number}
    for entry in data:
        number = entry["document_number"]
        listed = set(entry["replaces"]) | set(entry["amends"]) | set(entry["guides"])
        for other in set(entry["related"]) - listed:
            related[number].add(other)
            related[other].add(number)
    for entry in data:
        document = by_number[entry["document_number"]]
        document.replaces.set([by_number[n] for n in entry["replaces"]])
        document.amends.set([by_number[n] for n in entry["amends"]])
        document.guides.set([by_number[n] for n in entry["guides"]])
        document.related.set([by_number[n] for n in sorted(related[entry["document_number"]])])
        wanted = [
            (
                parse_date(row["date"]),
                row["status"],
                by_number[row["caused_by"]].pk if row["caused_by"] else None,
                row["part"].get("vi", ""),
            )
            for row in entry["status_history"]
        ]
        present = [
            (change.date, change.status, change.caused_by_id, change.part_vi or "")
            for change in document.status_changes.all()
        ]
        if present != wanted:
            document.status_changes.all().delete()
            for row, (when, status, caused_by, _part) in zip(
                entry["status_history"], wanted, strict=True
            ):
                StatusChange.objects.create(
                    document=document,
                    date=when,
                    status=status,
                    caused_by_id=caused_by,
                    **{f"part_{language}": text for language, text in row["part"].items()},
                )
    command.stdout.write(f"Demo documents: {len(by_number)} real documents.")


def benchmark_pages():
    """The library pages `manage.py benchmark` times: the first page, a later page, a search
    by words and by number, each filter, and one document (the most related one)."""
    pages = [
        "/van-ban/",
        "/van-ban/?page=50",
        "/van-ban/?q=ho+tro+nha+o",
        "/van-ban/?q=28/2022/NĐ-CP",
        "/van-ban/?type=nghi-dinh&year=2021",
        "/van-ban/?issuer=Chính+phủ",
        "/van-ban/?status=het-hieu-luc-toan-bo",
        "/van-ban/?topic=giao-duc-dao-tao",
    ]
    document = LegalDocument.objects.published().filter(document_number="81/2021/NĐ-CP").first()
    document = document or LegalDocument.objects.published().order_by("pk").first()
    if document:
        pages.append(document.get_absolute_url())
    return pages
