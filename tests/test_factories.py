"""The shared factories cover every content type, so the machinery's tests run for each."""

import pytest

from tests.factories import FACTORIES, make, publishable_models


def test_every_publishable_model_has_a_factory():
    missing = {model._meta.label_lower for model in publishable_models()} - set(FACTORIES)
    assert missing == set()


@pytest.mark.django_db
@pytest.mark.parametrize("model", publishable_models(), ids=lambda model: model._meta.label_lower)
def test_a_factory_makes_a_public_item_unless_told_otherwise(model):
    item = make(model)
    assert type(item) is model
    assert item.is_public
    assert not make(model, status="draft").is_public
