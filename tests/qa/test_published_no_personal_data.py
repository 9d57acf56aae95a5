"""The public Q&A record cannot hold an asker's personal data, by construction: no public
model has a field that could hold a name, an e-mail address or a phone number, and the published
Q&A has no link back to the private question."""

import re

from django.contrib.auth import get_user_model
from django.db import models

from qa.models import answers
from ubdt_portal.publishing.models import publishable_models

PERSONAL = re.compile(
    r"e_?mail|phone|tel(?:ephone)?$|mobile|asker|contact|address|full_?name", re.I
)

# Every text field a published Q&A may have, each reviewed: what the public reads, edited by an
# officer, or staff-only workflow text. A new text field fails this test until it is reviewed.
REVIEWED_TEXT_FIELDS = {
    "PublishedQuestion": {
        "title",  # the question in one line, as edited by the officer
        "question",  # the question as edited by the officer
        "short_answer",
        "answer",
        "answering_unit",  # an agency, never a person
        "hidden_reason",  # staff only
        "slug",
        "status",
        "search_title",  # derived from the fields above
        "search_body",
    },
    "AnswerCitation": {"articles"},
}


def public_q_and_a_models():
    return [getattr(answers, name) for name in answers.__all__]


def own_fields(model):
    """The fields the model itself holds (not the relations other models hold to it: the
    private question may point here)."""
    return [*model._meta.fields, *model._meta.many_to_many]


def test_no_public_model_has_a_field_for_an_e_mail_or_a_phone_number():
    found = [
        f"{model._meta.label}.{field.name}"
        for model in {*publishable_models(), *public_q_and_a_models()}
        for field in own_fields(model)
        if isinstance(field, models.EmailField) or PERSONAL.search(field.name)
    ]
    assert found == []


def test_a_published_q_and_a_has_no_text_field_that_could_hold_the_askers_name():
    for model in public_q_and_a_models():
        text_fields = {
            # A translated field's per-language columns count as the field itself.
            getattr(field, "translated_field", field).name
            for field in own_fields(model)
            if isinstance(field, (models.CharField, models.TextField))
        }
        assert text_fields <= REVIEWED_TEXT_FIELDS[model.__name__], model.__name__


def test_a_published_q_and_a_links_to_no_private_record_and_no_account():
    user = get_user_model()
    for model in public_q_and_a_models():
        for field in own_fields(model):
            if field.is_relation and field.related_model is not None:
                target = field.related_model
                assert target is not user, f"{model.__name__}.{field.name}"
                assert target._meta.app_label != "qa" or target in public_q_and_a_models(), (
                    f"{model.__name__}.{field.name} leads to {target._meta.label}"
                )


def test_the_askers_province_is_a_reference_not_typed_text():
    from ubdt_portal.reference.models import Province

    field = answers.PublishedQuestion._meta.get_field("province")
    assert field.related_model is Province
    assert field.null  # empty unless the asker consented to its publication
