"""Demo benefits: what a citizen can get, in plain words (benefits.json), each resting on the
demo legal documents (documents/demo) it cites by document number and article; `seed_demo`
loads those first, as the documents app comes before policies in INSTALLED_APPS.

Every amount, date and status in benefits.json comes from the facts file the portal's content
is checked against (shared/reference/policy-facts-2026.md) or from the texts of the documents
cited; where a figure could not be verified the text says so instead of giving one. English
texts are the portal's own translations of the Vietnamese.

Idempotent: each benefit is found by its slug and brought back to the data in the file; a
second run saves nothing and adds no revision.
"""

import json
from datetime import date
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from documents.models import LegalDocument
from policies.models import Benefit, BenefitAmount, LegalBasis
from ubdt_portal.publishing.models import Status
from ubdt_portal.reference.models import (
    CommuneRegion,
    EthnicGroup,
    LifeSituation,
    Province,
    Topic,
)

DATA = Path(__file__).with_name("benefits.json")
TRANSLATED = (
    "title",
    "who_in_one_line",
    "summary",
    "who_qualifies",
    "who_does_not_qualify",
    "conditions",
    "steps",
    "papers",
    "where_to_apply",
    "deadlines",
    "when_paid",
)
AMOUNT_FIELDS = ("amount", "period", "description")
# When this content was last checked against the facts file and the documents' texts.
LAST_REVIEWED = date(2026, 11, 25)


def entries():
    return json.loads(DATA.read_text(encoding="utf-8"))


def languages(entry):
    """The languages the entry is written in: Vietnamese and those its name is translated to."""
    return list(entry["title"])


def text(value):
    """A field's text: a list of lines (one item per line) or a string."""
    return "\n".join(value) if isinstance(value, list) else value


def benefit_values(entry):
    values = {
        f"{field}_{language}": text(entry.get(field, {}).get(language, ""))
        for field in TRANSLATED
        for language in languages(entry)
    }
    values.update(
        featured=entry["featured"],
        for_very_small_groups=entry["for_very_small_groups"],
        for_difficult_villages=entry["for_difficult_villages"],
        last_reviewed=LAST_REVIEWED,
        # As for documents: a translation into an interface language (English) is the portal's
        # own; those into ethnic languages are demonstrations, labelled on the page.
        demo_translations=" ".join(
            sorted(set(languages(entry)) - set(settings.INTERFACE_LANGUAGES))
        ),
    )
    return values


def amount_rows(entry):
    return [
        {
            f"{field}_{language}": amount[field].get(language, "")
            for field in AMOUNT_FIELDS
            for language in languages(entry)
        }
        for amount in entry["amounts"]
    ]


def document(number):
    found = LegalDocument.objects.filter(document_number=number).first()
    if found is None:
        raise LookupError(f"Demo benefit cites {number}, which is not among the documents.")
    return found


def seed(command):
    data = entries()
    groups = {g.name: g for g in EthnicGroup.objects.all()}
    provinces = {p.name: p for p in Province.objects.all()}
    topics = {t.slug: t for t in Topic.objects.all()}
    regions = {r.code: r for r in CommuneRegion.objects.all()}
    situations = {s.slug: s for s in LifeSituation.objects.all()}
    by_slug = {}
    for entry in data:
        benefit = Benefit.objects.filter(slug=entry["slug"]).first() or Benefit(
            slug=entry["slug"], status=Status.PUBLISHED, publish_at=timezone.now()
        )
        values = benefit_values(entry)
        # Save only what differs: a second run adds no revision and keeps editors' work.
        if benefit.pk is None or any(getattr(benefit, k) != v for k, v in values.items()):
            for field, value in values.items():
                setattr(benefit, field, value)
            benefit.save()
        benefit.ethnic_groups.set([groups[name] for name in entry["ethnic_groups"]])
        benefit.provinces.set([provinces[name] for name in entry["provinces"]])
        benefit.regions.set([regions[code] for code in entry["regions"]])
        benefit.topics.set([topics[slug] for slug in entry["topics"]])
        benefit.life_situations.set([situations[slug] for slug in entry["life_situations"]])

        rows = amount_rows(entry)
        fields = list(rows[0]) if rows else []
        if list(benefit.amounts.values(*fields)) != rows:
            benefit.amounts.all().delete()
            BenefitAmount.objects.bulk_create(
                BenefitAmount(benefit=benefit, order=order, **row)
                for order, row in enumerate(rows, start=1)
            )

        bases = [(document(b["document"]).pk, b["articles"]) for b in entry["legal_basis"]]
        if list(benefit.legal_basis.values_list("document_id", "articles")) != bases:
            benefit.legal_basis.all().delete()
            LegalBasis.objects.bulk_create(
                LegalBasis(benefit=benefit, document_id=pk, articles=articles, order=order)
                for order, (pk, articles) in enumerate(bases, start=1)
            )
        by_slug[benefit.slug] = benefit

    for entry in data:
        benefit = by_slug[entry["slug"]]
        successor = by_slug[entry["successor"]] if entry["successor"] else None
        if benefit.successor_id != (successor and successor.pk):
            benefit.successor = successor
            benefit.save()
    # The legal basis went in by bulk_create, which sends no signal.
    Benefit.objects.filter(pk__in=[b.pk for b in by_slug.values()]).refresh_applies_now()
    command.stdout.write(f"Demo benefits: {len(by_slug)}, each with its legal basis.")
