"""Demo values for the contact fields that only the agency can fill in for real."""

from ubdt_portal.reference.models import SiteSettings

DEMO_CONTACTS = {
    "hotline": "1900 0000",
    "phone": "024 0000 0000",
    "email": "thongtin@demo.invalid",
    "licence_vi": "Giấy phép số 00/GP-TTĐT (dữ liệu minh họa)",
    "licence_en": "Licence No. 00/GP-TTĐT (demo data)",
    "copyright_notice_vi": "Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.",
    "copyright_notice_en": "Please cite this portal when republishing its information.",
}


def seed(command):
    settings = SiteSettings.objects.get(pk=1)
    changed = [field for field, value in DEMO_CONTACTS.items() if not getattr(settings, field)]
    for field in changed:
        setattr(settings, field, DEMO_CONTACTS[field])
    if changed:
        settings.save()


def benchmark_pages():
    """The reference pages `manage.py benchmark` times."""
    return ["/dan-toc/mong/"]
