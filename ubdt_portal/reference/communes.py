"""The 3,321 commune-level units in force since 01/07/2025 (xã, phường, đặc khu) with their
official codes, and the official codes of the 34 provinces, from the `vietnam-provinces` package
(pinned in requirements.txt; its data version is the national list of October 2025).

`load` is idempotent; the data migration calls it, and so do tests that empty the database.
"""

from collections import Counter

from ubdt_portal.vietnamese import slugify

KINDS = {"Xã ": "xa", "Phường ": "phuong", "Đặc khu ": "dac-khu"}
CITY_PREFIX = "Thành phố "


def split_name(official_name):
    """("xa", "Tả Van") from "Xã Tả Van"."""
    for prefix, kind in KINDS.items():
        if official_name.startswith(prefix):
            return kind, official_name[len(prefix) :].strip()
    raise ValueError(f"Unknown kind of commune-level unit: {official_name!r}")


def units():
    """[(province name, province code, [(code, kind, name, slug)])] from the package."""
    from vietnam_provinces import Province, Ward

    wards = {}
    for ward in Ward.iter_all():
        kind, name = split_name(ward.name)
        wards.setdefault(ward.province_code, []).append((f"{ward.code:05d}", kind, name))
    result = []
    for province in Province.iter_all():
        name = province.name.removeprefix(CITY_PREFIX)
        rows = wards.get(province.code, [])
        # Two units of one province may share an address name: a ward and a commune "Văn Lang",
        # or "Văn Lang" and "Vân Lăng". Their addresses then carry the kind ("phuong-van-lang",
        # "xa-van-lang"), or where that is not enough the official code ("van-lang-02143").
        plain = Counter(slugify(n) for _, _, n in rows)
        with_kind = Counter(f"{kind}-{slugify(n)}" for _, kind, n in rows)
        communes = []
        for code, kind, n in rows:
            slug = slugify(n)
            if plain[slug] > 1:
                slug = f"{kind}-{slug}" if with_kind[f"{kind}-{slug}"] == 1 else f"{slug}-{code}"
            communes.append((code, kind, n, slug))
        result.append((name, f"{province.code:02d}", communes))
    return result


def load(apps, schema_editor):
    Province = apps.get_model("reference", "Province")
    Commune = apps.get_model("reference", "Commune")
    provinces = {p.name: p for p in Province.objects.all()}
    existing = set(Commune.objects.values_list("code", flat=True))
    new = []
    for province_name, province_code, communes in units():
        province = provinces[province_name]
        if province.code != province_code:
            province.code = province_code
            province.save(update_fields=["code"])
        new += [
            Commune(code=code, kind=kind, name=name, slug=slug, province=province)
            for code, kind, name, slug in communes
            if code not in existing
        ]
    Commune.objects.bulk_create(new, batch_size=1000)
