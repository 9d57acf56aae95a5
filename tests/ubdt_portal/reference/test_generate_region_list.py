"""`generate_region_list` classifies every commune in one sample list for scale work."""

from io import StringIO

import pytest
from django.core.management import call_command

from ubdt_portal.reference.models import CommuneClassification, RegionList

pytestmark = pytest.mark.django_db


def test_every_commune_is_classified_in_a_labelled_sample_list_replaced_when_rerun(client):
    call_command("generate_region_list", villages=2, stdout=StringIO())
    call_command("generate_region_list", villages=2, stdout=StringIO())
    region_list = RegionList.objects.get()
    assert region_list.is_sample and region_list.title.startswith("[Thử nghiệm]")
    assert CommuneClassification.objects.count() == 3321
    html = client.get("/xa/lao-cai/ta-van/").content.decode()
    assert "Dữ liệu mẫu." in html
