"""The old policies were legal documents: copy each one, with its translations, relations,
topics, files and old addresses, into documents.LegalDocument under the same slug, so that the
policies app can drop the old model and /chinh-sach/<slug>/ can send readers to /van-ban/<slug>/."""

from django.conf import settings
from django.db import migrations

COPIED = [
    "status",
    "publish_at",
    "archived_while_public_at",
    "slug",
    "document_number",
    "document_type",
    "signer",
    "signed_date",
    "effective_date",
    "expiry_date",
    "legal_status_override",
    "last_reviewed",
    "demo_translations",
    "search_title",
    "search_body",
    "search_vector",
]
TRANSLATED = ["title", "summary", "full_text", "issuing_agency"]


def copy_policies(apps, schema_editor):
    Policy = apps.get_model("policies", "Policy")
    LegalDocument = apps.get_model("documents", "LegalDocument")
    DocumentAttachment = apps.get_model("documents", "DocumentAttachment")
    ContentType = apps.get_model("contenttypes", "ContentType")
    SlugHistory = apps.get_model("publishing", "SlugHistory")
    languages = [code for code, _name in settings.LANGUAGES]
    fields = COPIED + TRANSLATED + [f"{name}_{code}" for name in TRANSLATED for code in languages]

    new_pk = {}
    for policy in Policy.objects.order_by("pk"):
        document = LegalDocument.objects.create(**{name: getattr(policy, name) for name in fields})
        new_pk[policy.pk] = document.pk
        document.topics.set(policy.topics.all())
        for attachment in policy.attachments.all():
            DocumentAttachment.objects.create(
                document=document,
                file=attachment.file.name,
                size=attachment.size,
                order=attachment.order,
                **{
                    name: getattr(attachment, name)
                    for name in ["title", *(f"title_{code}" for code in languages)]
                },
            )
    for policy in Policy.objects.prefetch_related("replaces", "amends", "related"):
        document = LegalDocument.objects.get(pk=new_pk[policy.pk])
        document.replaces.set([new_pk[p.pk] for p in policy.replaces.all()])
        document.amends.set([new_pk[p.pk] for p in policy.amends.all()])
        document.related.set([new_pk[p.pk] for p in policy.related.all()])

    if new_pk:
        old_type, _ = ContentType.objects.get_or_create(app_label="policies", model="policy")
        new_type, _ = ContentType.objects.get_or_create(
            app_label="documents", model="legaldocument"
        )
        for entry in SlugHistory.objects.filter(content_type=old_type):
            SlugHistory.objects.get_or_create(
                content_type=new_type, object_id=new_pk[entry.object_id], slug=entry.slug
            )


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0001_initial"),
        ("policies", "0009_benefits"),
        ("publishing", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(copy_policies, migrations.RunPython.noop)]
