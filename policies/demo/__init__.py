"""Demo benefits (policies/demo/benefits.py, resting on the demo documents) and the benefit
pages that `manage.py benchmark` times."""

from policies.models import Benefit

from .benefits import seed as seed_benefits


def seed(command):
    seed_benefits(command)


def benchmark_pages():
    """The benefit pages `manage.py benchmark` times: the list with a search and filters, the
    finder, and one benefit."""
    pages = [
        "/chinh-sach/",
        "/chinh-sach/?q=vay+von+lam+nha",
        "/chinh-sach/?topic=giao-duc-dao-tao&group=mong&page=2",
        "/chinh-sach/danh-cho-toi/?group=mong&province=lao-cai&region=III",
        "/chinh-sach/danh-cho-toi/?group=mong&province=lao-cai&region=III&ended=on",
    ]
    benefit = Benefit.objects.published().order_by("pk").first()
    if benefit:
        pages.append(benefit.get_absolute_url())
    return pages
