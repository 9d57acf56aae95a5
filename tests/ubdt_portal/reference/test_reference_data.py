"""Reference data arrives with the migrations and is editable in the admin."""

import pytest
from django.urls import reverse

from ubdt_portal.reference.models import (
    CommuneRegion,
    EthnicGroup,
    FormerProvince,
    Province,
    SiteSettings,
    Topic,
)

pytestmark = pytest.mark.django_db


def test_the_54_ethnic_groups_with_official_names_and_ascii_slugs():
    assert EthnicGroup.objects.count() == 54
    assert EthnicGroup.objects.filter(is_minority=True).count() == 53
    ede = EthnicGroup.objects.get(slug="e-de")
    assert ede.name == "Ê Đê"
    assert "Ra-đê" in ede.other_name_list
    assert EthnicGroup.objects.get(slug="mong").name == "Mông"
    assert all(group.slug.isascii() for group in EthnicGroup.objects.all())


def test_very_small_groups_are_marked():
    very_small = set(EthnicGroup.objects.filter(is_very_small=True).values_list("name", flat=True))
    assert len(very_small) == 16
    assert {"Ơ Đu", "Brâu", "Rơ Măm", "Si La", "Pu Péo"} <= very_small
    assert "Thái" not in very_small


def test_the_34_province_level_units_with_the_units_they_absorbed():
    assert Province.objects.count() == 34
    assert Province.objects.filter(kind=Province.Kind.CITY).count() == 6
    assert FormerProvince.objects.get(name="Hà Giang").province.name == "Tuyên Quang"
    assert FormerProvince.objects.get(name="Đắk Nông").province.slug == "lam-dong"
    assert set(
        Province.objects.get(slug="lam-dong").former_units.values_list("name", flat=True)
    ) == {"Đắk Nông", "Bình Thuận"}


def test_topics_and_commune_regions():
    assert Topic.objects.filter(slug="giao-duc-dao-tao").exists()
    assert Topic.objects.count() >= 10
    assert list(CommuneRegion.objects.values_list("code", flat=True)) == ["I", "II", "III"]


def test_names_are_translatable_with_vietnamese_fallback():
    from django.utils import translation

    topic = Topic.objects.get(slug="giao-duc-dao-tao")
    group = EthnicGroup.objects.get(slug="thai")
    with translation.override("en"):
        assert topic.name == "Education and training"
        assert group.name == "Thái"  # no English name: falls back to Vietnamese
    with translation.override("hmn"):
        assert topic.name == "Giáo dục, đào tạo"


def test_site_settings_exist_once(admin_client):
    assert SiteSettings.objects.count() == 1
    response = admin_client.get(reverse("admin:reference_sitesettings_changelist"))
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/reference/sitesettings/1/change/")
    assert admin_client.get(reverse("admin:reference_sitesettings_add")).status_code == 403


def test_site_settings_are_edited_in_translation_tabs_and_shown_at_once(admin_client, client):
    page = admin_client.get(
        reverse("admin:reference_sitesettings_change", args=[1])
    ).content.decode()
    assert 'name="site_name_vi"' in page and 'name="site_name_en"' in page
    assert "vendor/jquery-ui/jquery-ui.min" in page
    assert "googleapis" not in page
    site = SiteSettings.objects.get()
    data = {
        field.name: getattr(site, field.name) or ""
        for field in SiteSettings._meta.concrete_fields
        if field.name != "id"
    }
    data["site_name_vi"] = "Cổng chính sách (đã sửa)"
    response = admin_client.post(reverse("admin:reference_sitesettings_change", args=[1]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert "Cổng chính sách (đã sửa)" in client.get("/").content.decode()


def test_ethnic_group_admin_searches_other_names(admin_client):
    page = admin_client.get(
        f"{reverse('admin:reference_ethnicgroup_changelist')}?q=Jrai"
    ).content.decode()
    assert "Gia Rai" in page
