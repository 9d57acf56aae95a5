"""Life situations arrive with the database (data migration), in Vietnamese and English, for
citizens who look for help by what is happening in their life rather than by a policy's name."""

import pytest
from django.apps import apps

from ubdt_portal.reference import life_situations
from ubdt_portal.reference.models import LifeSituation

pytestmark = pytest.mark.django_db


def test_every_database_has_the_life_situations_in_order_and_in_english():
    rows = list(LifeSituation.objects.values_list("slug", "name_vi", "name_en"))
    assert rows == life_situations.LIFE_SITUATIONS
    assert ("lam-nha-sua-nha", "Làm nhà, sửa nhà", "Building or repairing a house") in rows


def test_loading_again_changes_nothing_and_restores_a_renamed_one():
    LifeSituation.objects.filter(slug="om-dau").update(name_vi="Đổi tên", name="Đổi tên")
    life_situations.load(apps, None)
    life_situations.load(apps, None)
    assert LifeSituation.objects.count() == len(life_situations.LIFE_SITUATIONS)
    assert LifeSituation.objects.get(slug="om-dau").name_vi == "Ốm đau, khám chữa bệnh"
