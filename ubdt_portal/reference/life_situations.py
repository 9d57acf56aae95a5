"""Life situations (tình huống cuộc sống): the moments in which citizens look for help without
knowing the name of any policy — "a child studies far from home", "building a house". The finder
and benefits use them; loaded by data migration (0005_life_situations) and, for tests that
empty the database, by the same `load`.

Each entry: slug, Vietnamese name, English name. Idempotent: found by slug, names refreshed.
"""

LIFE_SITUATIONS = [
    ("con-di-nha-tre", "Con đi nhà trẻ, mẫu giáo", "A child goes to nursery or kindergarten"),
    ("con-di-hoc", "Con đi học phổ thông", "A child goes to school"),
    (
        "con-hoc-xa-nha",
        "Con học xa nhà, phải ở lại trường",
        "A child studies far from home and stays at school",
    ),
    (
        "hoc-dai-hoc-hoc-nghe",
        "Học đại học, cao đẳng, học nghề",
        "Going to university, college or vocational school",
    ),
    ("lam-nha-sua-nha", "Làm nhà, sửa nhà", "Building or repairing a house"),
    (
        "thieu-dat",
        "Không có hoặc thiếu đất ở, đất sản xuất",
        "No or too little land to live on or to farm",
    ),
    ("doi-nghe", "Đổi nghề, tìm việc làm", "Changing jobs, finding work"),
    ("vay-von", "Cần vay vốn", "Needing a loan"),
    ("om-dau", "Ốm đau, khám chữa bệnh", "Illness and medical care"),
    ("ho-ngheo", "Gia đình nghèo, cận nghèo", "A poor or near-poor household"),
    (
        "nguoi-co-uy-tin",
        "Là già làng, trưởng bản, người có uy tín",
        "Being a village elder or person of standing",
    ),
]


def load(apps, schema_editor):
    LifeSituation = apps.get_model("reference", "LifeSituation")
    for order, (slug, name_vi, name_en) in enumerate(LIFE_SITUATIONS, start=1):
        LifeSituation.objects.update_or_create(
            slug=slug,
            defaults={"name": name_vi, "name_vi": name_vi, "name_en": name_en, "order": order},
        )
