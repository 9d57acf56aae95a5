"""Demo values for the contact fields that only the agency can fill in for real, and a sample
commune region list (labelled as sample data on every page that shows it) so that the commune
pages and the finder can be tried before an editor imports the official lists."""

from datetime import date

from ubdt_portal.reference import region_import
from ubdt_portal.reference.models import Commune, SiteSettings

DEMO_CONTACTS = {
    "hotline": "1900 0000",
    "phone": "024 0000 0000",
    "email": "thongtin@demo.invalid",
    "licence_vi": "Giấy phép số 00/GP-TTĐT (dữ liệu minh họa)",
    "licence_en": "Licence No. 00/GP-TTĐT (demo data)",
    "copyright_notice_vi": "Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.",
    "copyright_notice_en": "Please cite this portal when republishing its information.",
}


# The sample region list: real communes (official names and codes from the national list), but
# regions and villages made up to show how the pages work. It is never the official list:
# `is_sample` makes every page that shows it say so, and its "decision" names no decision.
SAMPLE_DECISION = "DỮ LIỆU MẪU"
SAMPLE_TITLE = "Dữ liệu mẫu để minh họa cách cổng hoạt động — không phải danh sách chính thức"
SAMPLE_DATE = date(2026, 1, 1)  # before the official lists, so that an imported one wins
SAMPLE_VILLAGES = "Thôn mẫu 1 (minh họa); Thôn mẫu 2 (minh họa)"
# (province slug, commune slug, region or "" for outside the area, with sample villages)
SAMPLE_COMMUNES = [
    ("lao-cai", "ta-van", "III", True),
    ("lao-cai", "ban-ho", "III", True),
    ("lao-cai", "y-ty", "III", True),
    ("lao-cai", "a-mu-sung", "III", True),
    ("lao-cai", "pha-long", "III", True),
    ("lao-cai", "si-ma-cai", "III", False),
    ("lao-cai", "mu-cang-chai", "III", True),
    ("lao-cai", "ta-phin", "II", True),
    ("lao-cai", "bao-yen", "II", False),
    ("lao-cai", "sa-pa", "I", False),
    ("lao-cai", "lao-cai", "", True),
    ("dien-bien", "muong-nhe", "III", True),
    ("dien-bien", "si-pa-phin", "III", True),
    ("dien-bien", "muong-ang", "II", False),
    ("lai-chau", "sin-ho", "III", True),
    ("lai-chau", "muong-te", "III", True),
    ("lai-chau", "tan-uyen", "II", False),
    ("tuyen-quang", "dong-van", "III", True),
    ("tuyen-quang", "khau-vai", "III", True),
]


def sample_region_csv():
    """The sample list as the CSV file an editor would import."""
    communes = {
        (c.province.slug, c.slug): c
        for c in Commune.objects.filter(
            province__slug__in={p for p, *_ in SAMPLE_COMMUNES}
        ).select_related("province")
    }
    lines = ["ma_xa,khu_vuc,thon_dbkk,quyet_dinh"]
    for province, slug, region, villages in SAMPLE_COMMUNES:
        commune = communes[(province, slug)]
        lines.append(
            f"{commune.code},{region},{SAMPLE_VILLAGES if villages else ''},{SAMPLE_DECISION}"
        )
    return "\n".join(lines) + "\n"


def seed_sample_regions():
    parsed = region_import.parse(sample_region_csv().encode())
    assert not parsed.errors, parsed.errors
    region_import.save(parsed, decision_date=SAMPLE_DATE, title=SAMPLE_TITLE, is_sample=True)


def seed(command):
    settings = SiteSettings.objects.get(pk=1)
    changed = [field for field, value in DEMO_CONTACTS.items() if not getattr(settings, field)]
    for field in changed:
        setattr(settings, field, DEMO_CONTACTS[field])
    if changed:
        settings.save()
    seed_sample_regions()


def benchmark_pages():
    """The reference pages `manage.py benchmark` times."""
    return [
        "/dan-toc/mong/",
        "/xa/",
        "/xa/?q=ta+van",
        "/xa/ha-noi/",  # the longest list (126 communes)
        "/xa/lao-cai/ta-van/",
    ]
