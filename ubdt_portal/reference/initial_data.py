"""The reference data every database must have: the 54 ethnic groups, the 34 province-level
units of 01/07/2025 with the units they absorbed, topics, commune regions and site settings.

`load` is idempotent; the data migration calls it, and so do tests that empty the database.
"""

import csv
from pathlib import Path

from ubdt_portal.vietnamese import slugify

DATA = Path(__file__).resolve().parent / "data"

VERY_SMALL_GROUPS = {
    "Cống",
    "Mảng",
    "Pu Péo",
    "Si La",
    "Cờ Lao",
    "Bố Y",
    "La Ha",
    "Ngái",
    "Chứt",
    "Ơ Đu",
    "Brâu",
    "Rơ Măm",
    "Lô Lô",
    "Lự",
    "Pà Thẻn",
    "La Hủ",
}

TOPICS = [
    (
        "chuong-trinh-muc-tieu-quoc-gia",
        "Chương trình mục tiêu quốc gia",
        "National target programmes",
    ),
    ("giam-ngheo-sinh-ke", "Giảm nghèo, sinh kế", "Poverty reduction and livelihoods"),
    (
        "dat-dai-nha-o-nuoc-sinh-hoat",
        "Đất đai, nhà ở, nước sinh hoạt",
        "Land, housing and clean water",
    ),
    ("san-xuat-viec-lam", "Phát triển sản xuất, việc làm", "Production and jobs"),
    ("tin-dung-uu-dai", "Tín dụng ưu đãi", "Preferential credit"),
    ("giao-duc-dao-tao", "Giáo dục, đào tạo", "Education and training"),
    ("y-te-dan-so", "Y tế, dân số", "Health and population"),
    ("van-hoa-du-lich", "Văn hóa, du lịch", "Culture and tourism"),
    ("ha-tang", "Cơ sở hạ tầng", "Infrastructure"),
    ("binh-dang-gioi-tre-em", "Bình đẳng giới, trẻ em", "Gender equality and children"),
    ("dan-toc-rat-it-nguoi", "Dân tộc rất ít người", "Very small ethnic groups"),
    ("nguoi-co-uy-tin-can-bo", "Người có uy tín, cán bộ", "Village elders and officials"),
    ("thong-tin-truyen-thong", "Thông tin, truyền thông", "Information and communication"),
    ("phan-dinh-vung", "Phân định vùng, khu vực", "Area and commune classification"),
]

REGIONS = [
    (
        "I",
        "Khu vực I",
        "Region I",
        "Xã vùng đồng bào dân tộc thiểu số và miền núi đã phát triển tương đối, "
        "điều kiện thuận lợi hơn.",
        "Ethnic-minority and mountainous communes that are relatively developed.",
    ),
    (
        "II",
        "Khu vực II",
        "Region II",
        "Xã vùng đồng bào dân tộc thiểu số và miền núi còn khó khăn, đang dần ổn định.",
        "Ethnic-minority and mountainous communes that still face difficulties.",
    ),
    (
        "III",
        "Khu vực III",
        "Region III",
        "Xã vùng đồng bào dân tộc thiểu số và miền núi đặc biệt khó khăn.",
        "Ethnic-minority and mountainous communes facing extreme difficulties.",
    ),
]


def read_csv(name):
    with open(DATA / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def load(apps, schema_editor):
    EthnicGroup = apps.get_model("reference", "EthnicGroup")
    Province = apps.get_model("reference", "Province")
    FormerProvince = apps.get_model("reference", "FormerProvince")
    Topic = apps.get_model("reference", "Topic")
    CommuneRegion = apps.get_model("reference", "CommuneRegion")
    SiteSettings = apps.get_model("reference", "SiteSettings")

    for row in read_csv("ethnic_groups.csv"):
        name = row["name_vi"]
        EthnicGroup.objects.update_or_create(
            slug=slugify(name),
            defaults={
                "name": name,
                "name_vi": name,
                "other_names": row["other_names"],
                "census_rank": int(row["rank_if_known"]) if row["rank_if_known"] else None,
                "is_minority": name != "Kinh",
                "is_very_small": name in VERY_SMALL_GROUPS,
            },
        )

    for row in read_csv("provinces_2025.csv"):
        name = row["name_vi"]
        province, _ = Province.objects.update_or_create(
            slug=slugify(name),
            defaults={
                "name": name,
                "name_vi": name,
                "kind": "thanh-pho" if row["kind"] == "thành phố" else "tinh",
            },
        )
        for old_name in (n.strip() for n in row["merged_from"].split(";")):
            if old_name and old_name != name:
                FormerProvince.objects.update_or_create(
                    slug=slugify(old_name),
                    defaults={"name": old_name, "name_vi": old_name, "province": province},
                )

    for order, (slug, name_vi, name_en) in enumerate(TOPICS, start=1):
        Topic.objects.update_or_create(
            slug=slug,
            defaults={"name": name_vi, "name_vi": name_vi, "name_en": name_en, "order": order},
        )

    for code, name_vi, name_en, description_vi, description_en in REGIONS:
        CommuneRegion.objects.update_or_create(
            code=code,
            defaults={
                "name": name_vi,
                "name_vi": name_vi,
                "name_en": name_en,
                "description": description_vi,
                "description_vi": description_vi,
                "description_en": description_en,
            },
        )

    if not SiteSettings.objects.filter(pk=1).exists():
        values = {
            "site_name": ("Cổng thông tin chính sách dân tộc", "Ethnic Policy Portal"),
            "organisation_name": (
                "Bộ Dân tộc và Tôn giáo",
                "Ministry of Ethnic and Religious Affairs",
            ),
            "operating_unit": ("Trung tâm Thông tin", "Information Centre"),
            "address": ("349 Đội Cấn, Ba Đình, Hà Nội", "349 Doi Can, Ba Dinh, Hanoi"),
            "responsible_person": (
                "Giám đốc Trung tâm Thông tin",
                "Director of the Information Centre",
            ),
        }
        fields = {}
        for field, (vi, en) in values.items():
            fields.update({field: vi, f"{field}_vi": vi, f"{field}_en": en})
        SiteSettings.objects.create(pk=1, **fields)
